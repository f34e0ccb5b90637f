/**
 * The demo portfolio: five products (the fifth, People Ops, small and internal),
 * each with the domain vocabulary its issues are written from (features,
 * problems, personas, scenarios, KPIs).
 * Hand-written so the dashboards read like a real company's backlog; names of
 * people, companies and places come from the faker vocabulary instead.
 */

export interface KpiTemplate {
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  baseline: number;
  target: number;
  /** Decimal places the actuals are recorded with. */
  decimals: number;
}

export interface ProductTemplate {
  key: string;
  name: string;
  description: string;
  /** Share of the delivery work (stories, tasks, bugs, sub-tasks). */
  weight: number;
  /** False for the internal platform: it has no go-to-market section. */
  hasGoToMarket: boolean;
  components: readonly string[];
  labels: readonly string[];
  /** Initiative themes (strategies). */
  themes: readonly string[];
  /** Capabilities the epics and stories are about. */
  features: readonly string[];
  /** "for whom / where" endings for story summaries. */
  qualifiers: readonly string[];
  /** Problem statements found in interviews. */
  problems: readonly string[];
  /** Buyer-side roles for strategic personas. */
  buyerRoles: readonly string[];
  /** Hands-on roles for user personas. */
  userRoles: readonly string[];
  /** Situations for scenarios (strategic) and use scenarios (technical). */
  scenarios: readonly string[];
  /** Benefits for "so that ..." in user stories. */
  benefits: readonly string[];
  /** Segments for market messages and analyses. */
  segments: readonly string[];
  kpis: readonly KpiTemplate[];
}

export const PRODUCTS: readonly ProductTemplate[] = [
  {
    key: 'CHK',
    name: 'Checkout',
    description: 'Cart, payment and order confirmation for the web shop and the partner storefronts.',
    weight: 0.35,
    hasGoToMarket: true,
    components: ['Cart', 'Payments', 'Orders', 'Pricing and tax', 'Fraud'],
    labels: ['quick-win', 'tech-debt', 'ux', 'performance', 'security', 'compliance', 'customer-request', 'experiment'],
    themes: [
      'Frictionless repeat purchases',
      'Pay by invoice for business buyers',
      'Fewer failed card payments',
      'Checkout in every EU market',
    ],
    features: [
      'saved cards',
      'guest checkout',
      'wallet payments',
      'address autocomplete',
      'promo codes',
      'split payments',
      'invoice download',
      'refund flow',
      '3-D Secure challenge',
      'tax calculation',
      'currency display',
      'order confirmation email',
      'abandoned cart reminders',
      'delivery slot picker',
      'gift cards',
      'purchase order numbers',
      'payment retry',
      'fraud screening',
      'order history',
      'basket sharing',
      'shipping cost preview',
      'VAT invoices',
      'pay later option',
      'one-click reorder',
      'checkout progress bar',
    ],
    qualifiers: [
      'for returning shoppers',
      'on mobile web',
      'in EU markets',
      'for business buyers',
      'for guest shoppers',
      'in the partner storefront',
      'for high-value orders',
      'during sales peaks',
      'for subscription orders',
    ],
    problems: [
      'Shoppers abandon the cart when shipping costs appear only at the last step',
      'Card payments from EU customers fail the 3-D Secure challenge too often',
      'Finance reconciles refunds by hand every month',
      'Returning customers retype their address on every order',
      'Stacked promo codes give away more margin than planned',
      'Business buyers cannot pay by invoice and move to competitors',
      'Support cannot see why an order was flagged as fraud',
      'Customers outside the euro zone do not trust prices shown in euros',
    ],
    buyerRoles: ['head of e-commerce', 'finance controller', 'procurement lead', 'store operations manager'],
    userRoles: ['returning shopper', 'first-time guest shopper', 'business buyer', 'customer support agent'],
    scenarios: [
      "reorders last month's basket from a phone during the commute",
      'pays for a team order with a purchase order number',
      'retries a declined card without losing the basket',
      'checks the total including shipping before entering details',
      'downloads a VAT invoice for the accounts department',
      'asks support why an order is on hold',
    ],
    benefits: [
      'I finish my order in under a minute',
      'I do not lose my basket',
      'my accounts team can book the purchase',
      'I know the final price before I pay',
      'I trust the shop with my card',
      'I can answer the customer on the first call',
    ],
    segments: ['consumers', 'small businesses', 'enterprise procurement', 'marketplace partners'],
    kpis: [
      {
        name: 'Checkout conversion rate',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 2.4,
        target: 3.2,
        decimals: 2,
      },
      {
        name: 'Payment failure rate',
        unit: '%',
        direction: 'lower-is-better',
        baseline: 6.5,
        target: 3.5,
        decimals: 2,
      },
      { name: 'Median checkout time', unit: 's', direction: 'lower-is-better', baseline: 96, target: 60, decimals: 0 },
      {
        name: 'Share of orders paid by invoice',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 0,
        target: 12,
        decimals: 1,
      },
    ],
  },
  {
    key: 'MOB',
    name: 'Mobile App',
    description: 'The iOS and Android shopping app: browsing, wish lists, notifications and account.',
    weight: 0.3,
    hasGoToMarket: true,
    components: ['iOS', 'Android', 'Notifications', 'Account', 'Offline'],
    labels: ['quick-win', 'tech-debt', 'ux', 'performance', 'accessibility', 'store-review', 'experiment'],
    themes: ['Daily habit through personal notifications', 'Offline-first browsing', 'Five-star app experience'],
    features: [
      'push notifications',
      'offline wish list',
      'biometric login',
      'dark mode',
      'in-app chat',
      'home screen widget',
      'deep links',
      'onboarding tour',
      'price drop alerts',
      'barcode scanner',
      'order tracking',
      'store locator',
      'app rating prompt',
      'image caching',
      'account deletion',
      'notification preferences',
      'saved searches',
      'large text support',
      'background sync',
      'crash reporting',
    ],
    qualifiers: [
      'on Android',
      'on iOS',
      'for new installs',
      'on tablets',
      'on slow networks',
      'for logged-out users',
      'for loyalty members',
      'in the widget',
    ],
    problems: [
      'New users uninstall the app before their first purchase',
      'Notifications feel like spam and users switch them off',
      'The app is unusable on the underground without a signal',
      'Low store ratings come from crashes on older Android phones',
      'Users forget their password and never come back',
      'Shoppers cannot find the nearest store that has an item',
    ],
    buyerRoles: ['head of digital channels', 'CRM manager', 'brand marketing lead'],
    userRoles: ['commuting shopper', 'loyalty member', 'first-time app user', 'visually impaired shopper'],
    scenarios: [
      'browses the wish list on the underground without a signal',
      'gets told when a saved item drops in price',
      'logs in with a fingerprint after months away',
      'finds a store nearby that has the item in stock',
      'tracks an order from the lock screen',
    ],
    benefits: [
      'I buy at the right moment',
      'I can shop without a signal',
      'I do not have to remember another password',
      'I get only the notifications I care about',
      'I can read every screen',
    ],
    segments: ['commuters', 'loyalty members', 'students', 'parents'],
    kpis: [
      {
        name: 'Crash-free sessions',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 98.6,
        target: 99.7,
        decimals: 2,
      },
      { name: '30-day retention', unit: '%', direction: 'higher-is-better', baseline: 21, target: 30, decimals: 1 },
      {
        name: 'App store rating',
        unit: 'stars',
        direction: 'higher-is-better',
        baseline: 3.8,
        target: 4.5,
        decimals: 2,
      },
      {
        name: 'Cold start time (p90)',
        unit: 'ms',
        direction: 'lower-is-better',
        baseline: 2600,
        target: 1500,
        decimals: 0,
      },
    ],
  },
  {
    key: 'ANA',
    name: 'Analytics',
    description: 'Self-service reports and dashboards for merchants and the internal sales team.',
    weight: 0.2,
    hasGoToMarket: true,
    components: ['Dashboards', 'Reports', 'Data pipeline', 'Alerts'],
    labels: ['quick-win', 'tech-debt', 'ux', 'performance', 'data-quality', 'customer-request'],
    themes: ['Self-service insights for merchants', 'Trustworthy numbers everywhere', 'Alerts instead of reports'],
    features: [
      'scheduled reports',
      'dashboard sharing',
      'CSV export',
      'anomaly alerts',
      'custom metrics',
      'cohort chart',
      'funnel view',
      'data retention settings',
      'query editor',
      'report templates',
      'metric definitions',
      'dashboard filters',
      'data freshness badge',
      'embedded charts',
      'usage audit',
    ],
    qualifiers: [
      'for merchants',
      'for the sales team',
      'for large accounts',
      'on shared dashboards',
      'for finance users',
      'in the weekly digest',
    ],
    problems: [
      'Merchants export raw data to spreadsheets because reports are too rigid',
      'Two dashboards show different revenue for the same week',
      'Sales only learns about a drop in orders at the monthly review',
      'Dashboards take so long to load that people stop opening them',
      'Nobody knows how a metric is defined',
    ],
    buyerRoles: ['merchant owner', 'head of sales operations', 'chief financial officer'],
    userRoles: ['merchant analyst', 'account manager', 'data engineer'],
    scenarios: [
      'prepares the Monday sales meeting from a saved dashboard',
      'gets an alert when orders drop below the usual level',
      'checks how a metric is calculated before quoting it',
      'shares a chart with a customer without giving database access',
    ],
    benefits: [
      'I answer questions without asking the data team',
      'I trust the number I present',
      'I react the same day',
      'I save an hour every week',
    ],
    segments: ['small merchants', 'mid-market merchants', 'internal sales'],
    kpis: [
      {
        name: 'Weekly active report users',
        unit: 'users',
        direction: 'higher-is-better',
        baseline: 1800,
        target: 3200,
        decimals: 0,
      },
      {
        name: 'Dashboard load time (p95)',
        unit: 's',
        direction: 'lower-is-better',
        baseline: 7.5,
        target: 3,
        decimals: 1,
      },
      {
        name: 'Metric discrepancy tickets per month',
        unit: 'tickets',
        direction: 'lower-is-better',
        baseline: 40,
        target: 10,
        decimals: 0,
      },
      {
        name: 'Self-service query share',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 35,
        target: 60,
        decimals: 1,
      },
    ],
  },
  {
    key: 'PLAT',
    name: 'Platform',
    description: 'Internal platform: APIs, identity, deployment and observability shared by every product team.',
    weight: 0.15,
    hasGoToMarket: false,
    components: ['API gateway', 'Identity', 'CI/CD', 'Observability', 'Data stores'],
    labels: ['tech-debt', 'security', 'performance', 'reliability', 'cost'],
    themes: ['Self-service infrastructure for product teams', 'Zero-downtime deployments', 'One identity for all apps'],
    features: [
      'rate limiting',
      'API gateway routing',
      'feature flags',
      'audit log',
      'single sign-on',
      'tenant isolation',
      'blue-green deployments',
      'secret rotation',
      'distributed tracing',
      'log retention',
      'database failover',
      'service templates',
      'cost dashboards',
      'on-call runbooks',
      'dependency updates',
    ],
    qualifiers: [
      'for all services',
      'in the EU region',
      'for the checkout team',
      'for batch jobs',
      'in staging',
      'for partner APIs',
    ],
    problems: [
      'Teams wait days for a new service environment',
      'A bad deployment takes the whole shop down',
      'Each app has its own login and users hate it',
      'Nobody can tell which service makes a request slow',
    ],
    buyerRoles: ['engineering director', 'security officer'],
    userRoles: ['product team developer', 'on-call engineer', 'security analyst'],
    scenarios: [
      'creates a new service with monitoring in one afternoon',
      'rolls back a failing release in a minute',
      'traces a slow request across five services',
    ],
    benefits: ['I ship without waiting for ops', 'I sleep through the night on call', 'I pass the audit'],
    segments: ['product teams', 'security and compliance'],
    kpis: [
      {
        name: 'API availability',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 99.5,
        target: 99.95,
        decimals: 3,
      },
      {
        name: 'Deployment lead time',
        unit: 'hours',
        direction: 'lower-is-better',
        baseline: 48,
        target: 4,
        decimals: 1,
      },
      {
        name: 'Mean time to recover',
        unit: 'min',
        direction: 'lower-is-better',
        baseline: 95,
        target: 30,
        decimals: 0,
      },
      {
        name: 'Services on the golden path',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 20,
        target: 80,
        decimals: 0,
      },
    ],
  },
  {
    // Small on purpose: the project the app's account is not granted (see projects.ts).
    key: 'HR',
    name: 'People Ops',
    description: 'Internal tools for hiring, onboarding and time off; restricted to the people team.',
    weight: 0.02,
    hasGoToMarket: false,
    components: ['Hiring', 'Onboarding', 'Time off'],
    labels: ['privacy', 'compliance', 'quick-win'],
    themes: ['Onboarding that is ready on day one', 'Time off without spreadsheets'],
    features: [
      'offer letters',
      'onboarding checklist',
      'equipment requests',
      'time-off requests',
      'interview scheduling',
      'referral tracking',
      'contract renewals',
      'payroll export',
    ],
    qualifiers: ['for new hires', 'for managers', 'in every office', 'for contractors'],
    problems: [
      'New hires wait a week for a laptop and accounts',
      'Managers approve time off by e-mail and lose track',
      'Interview slots are booked by hand across calendars',
    ],
    buyerRoles: ['head of people'],
    userRoles: ['people partner', 'hiring manager', 'new hire'],
    scenarios: [
      "prepares a new hire's first day in ten minutes",
      'approves a holiday request from a phone',
      'books a panel interview without a calendar chase',
    ],
    benefits: ['I start on day one', "I plan the team's holidays", 'I spend less time on admin'],
    segments: ['employees', 'hiring managers'],
    kpis: [
      {
        name: 'Time to productive new hire',
        unit: 'days',
        direction: 'lower-is-better',
        baseline: 20,
        target: 8,
        decimals: 0,
      },
      {
        name: 'Time-off requests handled in a day',
        unit: '%',
        direction: 'higher-is-better',
        baseline: 55,
        target: 90,
        decimals: 0,
      },
    ],
  },
];
