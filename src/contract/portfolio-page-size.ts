/** Products per portfolio page: the page asks for this many, and the payload's default is the same. */
export const PORTFOLIO_PAGE_SIZE = 20;
