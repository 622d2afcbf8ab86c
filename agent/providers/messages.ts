/** The conversation as every provider sees it; each provider file maps it to its wire format. */

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ToolCallPart {
  type: 'tool-call';
  /** Provider-issued id (synthesised where the provider has none, e.g. Gemini). */
  id: string;
  name: string;
  /** Parsed arguments; invalid JSON from a model arrives as `{ __invalidJson: "<raw>" }`. */
  args: unknown;
  /**
   * Opaque token the provider wants echoed back with this call in later turns (Gemini 3
   * `thoughtSignature`; refused with a 400 when missing). Keep it with the message.
   */
  signature?: string;
}

export interface ImagePart {
  type: 'image';
  mimeType: string;
  /** Base64 without a data: prefix. */
  base64: string;
}

export type ContentPart = TextPart | ToolCallPart | ImagePart;

export type ChatMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCallPart[] }
  | {
      role: 'tool';
      toolCallId: string;
      toolName: string;
      /** JSON-serialisable result, or an error the model can act on. */
      result: unknown;
      isError?: boolean;
    };

/** Provider-neutral description of a tool, generated once from its zod schema. */
export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema (draft 2020-12) of the tool's input. */
  inputSchema: Record<string, unknown>;
}

export interface FinishReason {
  unified: 'stop' | 'tool-calls' | 'length' | 'content-filter' | 'error' | 'other';
  /** What the provider said, as it said it. */
  raw: string | undefined;
}
