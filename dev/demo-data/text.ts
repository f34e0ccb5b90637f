/**
 * Summaries and descriptions. Product vocabulary (features, problems, roles)
 * is hand-written in products.ts; people, companies, job titles, places and
 * technical phrases come from the faker snapshot in vocabulary.generated.ts.
 */
import { SUMMARY_MAX } from '../dataset/dataset-schema';
import type { ProductTemplate } from './products';
import type { Rng } from './rng';
import { VOCABULARY } from './vocabulary.generated';

/** Jira's summary rule: one line of at most 255 characters (longer ones end in an ellipsis at a word). */
export function jiraSummary(text: string): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (line.length <= SUMMARY_MAX) return line;
  const cut = line.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

const cap = (s: string): string => (s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1));
const article = (s: string): string => (/^[aeiou]/i.test(s) ? `an ${s}` : `a ${s}`);

const STORY_VERBS = [
  'Add',
  'Support',
  'Improve',
  'Show',
  'Redesign',
  'Simplify',
  'Speed up',
  'Localise',
  'Track',
] as const;
const BUG_SYMPTOMS = [
  'fails',
  'shows the wrong total',
  'crashes',
  'times out',
  'loses input',
  'is not translated',
] as const;
const BUG_CONDITIONS = [
  'after the session expires',
  'with 50+ items',
  'on the first visit',
  'when the network drops',
] as const;
const SUB_TASKS = [
  'Write unit tests',
  'Update API documentation',
  'Add analytics events',
  'QA on staging',
  'Address code review comments',
  'Design review',
  'Update the changelog',
] as const;

export class TextMaker {
  constructor(
    private readonly rng: Rng,
    readonly product: ProductTemplate,
  ) {}

  feature(): string {
    return this.rng.pick(this.product.features);
  }

  firstName(): string {
    return this.rng.pick(VOCABULARY.firstNames);
  }

  company(): string {
    return this.rng.pick(VOCABULARY.companies);
  }

  interview(): { summary: string; description: string } {
    const role = this.rng.pick(VOCABULARY.jobTitles);
    const company = this.company();
    const kind = this.rng.pick([
      'customer',
      'customer',
      'lost prospect',
      "competitor's customer",
      'potential customer',
    ]);
    return {
      summary: `Interview: ${role} at ${company}`,
      description:
        `${cap(kind)} interview with ${this.firstName()} ${this.rng.pick(VOCABULARY.lastNames)} (${role}, ${company}) ` +
        `about ${this.feature()} and ${this.feature()}. Goal: find out which problem costs them time or money, ` +
        'and whether they would pay to have it solved.',
    };
  }

  problem(statement: string): { summary: string; description: string } {
    return {
      summary: `Problem: ${statement}`,
      description:
        `Heard in ${this.rng.int(2, 9)} interviews across ${this.rng.pick(this.product.segments)}. ` +
        'Evidence, frequency and the cost for the customer are collected in the linked interviews.',
    };
  }

  persona(role: string, user: boolean): { summary: string; description: string } {
    const name = this.firstName();
    const prefix = user ? 'User persona' : 'Persona';
    return {
      summary: `${prefix}: ${name}, ${role}`,
      description:
        `${name} works as ${article(role)} in ${this.rng.pick(VOCABULARY.cities)}. ` +
        `Cares about ${this.feature()} and ${this.feature()}; judges tools by whether ${this.rng.pick(this.product.benefits)}.`,
    };
  }

  scenario(situation: string, role: string, user: boolean): { summary: string; description: string } {
    const prefix = user ? 'Use scenario' : 'Scenario';
    return {
      summary: `${prefix}: ${cap(role)} ${situation}`,
      description: `Trigger, steps and expected outcome when ${article(role)} ${situation}.`,
    };
  }

  analysis(kind: 'own-customers' | 'competitor-customers' | 'potential-customers' | 'market'): {
    summary: string;
    description: string;
  } {
    const segment = this.rng.pick(this.product.segments);
    switch (kind) {
      case 'own-customers':
        return {
          summary: `Analysis: own customers - ${segment}`,
          description: `Revenue, usage and churn of our ${segment}, with the top requests around ${this.feature()}.`,
        };
      case 'competitor-customers':
        return {
          summary: `Analysis: customers of ${this.company()}`,
          description: `Why ${segment} choose this competitor; their pitch: "${this.rng.pick(VOCABULARY.catchPhrases)}".`,
        };
      case 'potential-customers':
        return {
          summary: `Analysis: potential customers in ${this.rng.pick(VOCABULARY.countries)}`,
          description: `Size and buying process of ${segment} we do not serve yet.`,
        };
      case 'market':
        return {
          summary: `Market analysis: ${this.product.name.toLowerCase()} for ${segment}`,
          description: `Market size, growth and trends; build, buy or partner options for ${this.feature()}.`,
        };
    }
  }

  kpi(name: string): { summary: string; description: string } {
    return {
      summary: `KPI: ${name}`,
      description: `How we measure success of ${this.product.name}: ${name.toLowerCase()}.`,
    };
  }

  businessCase(year: number): { summary: string; description: string } {
    return {
      summary: `Business case: ${this.product.name} ${year}`,
      description:
        `Consolidates the analyses, KPIs and strategies for ${this.product.name} into the investment decision for ${year}: ` +
        'costs, expected revenue, risks and the build / buy / partner choices.',
    };
  }

  initiative(theme: string): { summary: string; description: string } {
    return {
      summary: theme,
      description: `Strategy for ${this.product.name}: ${theme.toLowerCase()}. Derived from the analyses and the business case.`,
    };
  }

  epic(feature: string, round: number): { summary: string; description: string } {
    const suffix = round > 1 ? ` (phase ${round})` : '';
    return {
      summary: `${cap(feature)} ${this.rng.pick(this.product.qualifiers)}${suffix}`,
      description: `Everything needed to ship ${feature} ${this.rng.pick(this.product.qualifiers)}.`,
    };
  }

  story(feature: string, role: string): { summary: string; description: string } {
    const verb = this.rng.pick(STORY_VERBS);
    const qualifier = this.rng.chance(0.6) ? ` ${this.rng.pick(this.product.qualifiers)}` : '';
    return {
      summary: `${verb} ${feature}${qualifier}`,
      description: `As ${article(role)}, I want ${feature} so that ${this.rng.pick(this.product.benefits)}.`,
    };
  }

  task(feature: string): string {
    switch (this.rng.int(0, 7)) {
      case 0:
        return `Write end-to-end tests for ${feature}`;
      case 1:
        return `Add monitoring and alerts for ${feature}`;
      case 2:
        return `Migrate ${feature} to the new ${this.rng.pick(this.product.components)} API`;
      case 3:
        return `Review ${this.rng.pick(VOCABULARY.techAbbreviations)} handling in ${feature}`;
      case 4:
        return `Document ${feature} for support`;
      case 5:
        return `Spike: options for ${feature}`;
      case 6:
        return `Clean up feature flag for ${feature}`;
      default:
        return `Load test ${feature}`;
    }
  }

  bug(feature: string): string {
    const symptom = this.rng.pick(BUG_SYMPTOMS);
    let when: string;
    switch (this.rng.int(0, 5)) {
      case 0:
        when = `for customers in ${this.rng.pick(VOCABULARY.countries)}`;
        break;
      case 1:
        when = `in ${this.rng.pick(VOCABULARY.departments).toLowerCase()} category pages`;
        break;
      default:
        when = this.rng.pick(BUG_CONDITIONS);
    }
    return `${cap(feature)} ${symptom} ${when}`;
  }

  subTask(): string {
    return this.rng.chance(0.3) ? cap(this.rng.pick(VOCABULARY.commitMessages)) : this.rng.pick(SUB_TASKS);
  }

  gtm(
    kind: 'gtm-team' | 'gtm-message' | 'gtm-sales' | 'gtm-packaging',
    launch: string,
  ): { summary: string; description: string } {
    const segment = this.rng.pick(this.product.segments);
    switch (kind) {
      case 'gtm-team':
        return {
          summary: `Form the go-to-market team for the "${launch}" launch`,
          description: 'Marketing, sales, support and product: owners and dates.',
        };
      case 'gtm-message':
        return {
          summary: `Market message for ${segment}: ${this.rng.pick(this.product.buyerRoles)}`,
          description: `One message per buyer persona and segment, for the "${launch}" launch.`,
        };
      case 'gtm-sales':
        return {
          summary: `Sales arguments and website update for the "${launch}" launch`,
          description: `Objection handling and landing page for ${segment}.`,
        };
      case 'gtm-packaging':
        return {
          summary: `Packaging, adverts and demo for the "${launch}" launch`,
          description: `Pricing tiers, ad campaign and a demo script for ${segment}.`,
        };
    }
  }

  launch(name: string): { summary: string; description: string } {
    return {
      summary: `Launch: ${name}`,
      description: `Market launch of ${name}: go / no-go, announcement and support readiness.`,
    };
  }
}
