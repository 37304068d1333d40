/** The outcome of a question: always one of three explicit statuses, with the sentences that back it. */

export type AnswerStatus = 'answered' | 'disputed' | 'not_found';

export interface Citation {
  outlet: string;
  file: string;
  quote: string;
  speaker: string | null;
}

export interface Answer {
  question: string;
  status: AnswerStatus;
  answer: string;
  summary: string;
  citations: Citation[];
}

export const NOT_FOUND_ANSWER = "The coverage doesn't say.";
