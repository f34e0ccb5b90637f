/** Every score model the app knows, in display order: the one list the payload enum and the views are built from. */
export const ALL_SCORE_MODELS = ['rice', 'wsjf', 'ice', 'valueEffort', 'weighted', 'moscow', 'kano'] as const;
