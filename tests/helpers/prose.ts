/** A plain sentence of article prose about `topic`, for fixtures that need a body long enough to count as an article. */
export const prose = (topic: string): string => `The ${topic} was discussed at length by the council on Thursday evening, and a decision is expected before the end of the month.`;
