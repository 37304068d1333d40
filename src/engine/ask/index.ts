export { ask, NOT_FOUND_ANSWER, type Answer, type AnswerStatus, type Citation } from './ask.ts';
export { parseQuestion, type Question } from './question.ts';
