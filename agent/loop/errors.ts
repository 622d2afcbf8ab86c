/** Errors the loop itself raises; each message tells the person what to do next. */
import { ToolwrightError } from '../errors/toolwright-error';

export class MaxTurnsExceededError extends ToolwrightError<'loop'> {
  readonly family = 'loop';
  readonly kind = 'max-turns';

  constructor(readonly maxTurns: number) {
    super(
      `The agent stopped after ${maxTurns} turns without finishing. Send another message to let it continue, or say more precisely what you need.`,
    );
  }
}

export class ConversationNotFoundError extends ToolwrightError<'loop'> {
  readonly family = 'loop';
  readonly kind = 'conversation-not-found';

  constructor(readonly conversationId: string) {
    super(`There is no conversation "${conversationId}" in this workspace. Start a new conversation instead.`);
  }
}
