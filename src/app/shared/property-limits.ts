/** Jira's limit for one issue entity property value (characters of JSON). */
export const PROPERTY_MAX_CHARS = 32_768;
