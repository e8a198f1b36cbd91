import type { Language } from '@osallistu/contract';

/** Strings of the ballot and results widgets. Number-dependent strings are functions. */
export interface BallotTranslation {
  lang: Language;
  // budgets
  heading: string;
  intro: (minAge: number, municipality: string) => string;
  votingEnds: (date: string) => string;
  closedHeading: string;
  closedText: string;
  notYetOpen: (date: string) => string;
  cityWide: string;
  areaBudgets: string;
  oneAreaNote: string;
  budgetAmount: (amount: string) => string;
  proposalCount: (n: number) => string;
  vote: string;
  changeVote: string;
  voted: string;
  movesAreaVote: (area: string) => string;
  /** The button that opens (and closes) the map of the areas. */
  showMap: string;
  mapLabel: string;
  /** The map legend's name of the areas that can be picked: those with a budget. */
  mapPickable: string;
  voteIn: (area: string) => string;
  noAreaBudget: (area: string) => string;
  // picking
  back: string;
  searchLabel: string;
  themeFilter: string;
  allThemes: string;
  shown: (n: number, total: number) => string;
  noMatches: string;
  cost: string;
  area: string;
  wholeCity: string;
  details: string;
  originIdeas: string;
  choose: (title: string) => string;
  chosen: string;
  cannotFit: string;
  budgetBar: (spent: string, amount: string) => string;
  remaining: (amount: string) => string;
  countChosen: (n: number) => string;
  ruleApproval: (min: number, max: number | null) => string;
  ruleKnapsack: (amount: string) => string;
  ruleMinShare: (amount: string) => string;
  added: (title: string, remaining: string) => string;
  removed: (title: string, remaining: string) => string;
  review: string;
  // review
  reviewHeading: string;
  total: (amount: string) => string;
  edit: string;
  continueToVerify: string;
  submit: string;
  submitting: string;
  // verify
  verifyHeading: string;
  verifyIntro: string;
  methodLabel: string;
  methodEmail: string;
  methodPrinted: string;
  emailLabel: string;
  sendCode: string;
  codeSent: (email: string) => string;
  emailCodeLabel: string;
  printedCodeLabel: string;
  printedCodeHint: string;
  ageLabel: (minAge: number) => string;
  municipalityLabel: (municipality: string) => string;
  verify: string;
  verified: string;
  // receipt
  receiptHeading: string;
  receiptText: string;
  receiptCode: string;
  checkReceipt: string;
  receiptCounted: string;
  receiptReplaced: string;
  voteOther: string;
  // results
  resultsHeading: string;
  resultsPending: string;
  ballots: (n: number) => string;
  voters: (n: number) => string;
  spent: (spent: string, amount: string) => string;
  countingRules: { greedy: string; 'mes-add1': string };
  winners: string;
  noWinners: string;
  /** Method of Equal Shares: what each voter had to spend (euros with cents). */
  shareNote: (share: string) => string;
  chartLabel: (budget: string) => string;
  tableCaption: (budget: string) => string;
  colProposal: string;
  colVotes: string;
  colCost: string;
  colResult: string;
  colWhy: string;
  won: string;
  lost: string;
  turnoutHeading: string;
  colBudget: string;
  colBallots: string;
  colPopulation: string;
  colTurnout: string;
  tieNote: string;
  downloads: string;
  /** Why a proposal won or lost, in plain words. */
  whyGreedy: (r: { rank: number; remaining: string; cost: string; outcome: 'selected' | 'did-not-fit' | 'no-votes' }) => string;
  whyMes: (r: { supporters: number; payers?: number; maxShare?: string; moneyLeft?: string; cost: string; outcome: 'selected' | 'supporters-ran-out' | 'no-supporters' }) => string;
}
