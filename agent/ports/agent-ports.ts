/**
 * Everything the agent (loop, tools, MCP door) needs from storage, as one value a
 * ToolContext carries. server/store's Store implements it; agent/ports/memory.ts is the
 * in-memory implementation unit tests run on.
 */
import type { AppsPort } from './apps';
import type { AuditPort } from './audit';
import type { ConversationsPort } from './conversations';
import type { SpendPort } from './spend';

export interface AgentPorts extends AppsPort, ConversationsPort, AuditPort {
  /** Spend totals and budgets (the server's ledger). */
  spend: SpendPort;
}
