/** Errors the loop itself raises; each message tells the person what to do next. */

export class MaxTurnsExceededError extends Error {
  constructor(readonly maxTurns: number) {
    super(
      `The agent stopped after ${maxTurns} turns without finishing. Send another message to let it continue, or say more precisely what you need.`,
    );
    this.name = new.target.name;
  }
}

export class ConversationNotFoundError extends Error {
  constructor(readonly conversationId: string) {
    super(`There is no conversation "${conversationId}" in this workspace. Start a new conversation instead.`);
    this.name = new.target.name;
  }
}
