/** What the server writes into an app's MCP App page (island `toolwright-app`); the view reads it. */
export interface McpAppField {
  name: string;
  label: string;
  type: string;
  required: boolean;
  options: string[];
  help: string;
}

export interface McpAppPageData {
  /** The tool that runs the app, run_<slug>. */
  tool: string;
  name: string;
  description: string;
  fields: McpAppField[];
}

export const MCP_APP_ISLAND = 'toolwright-app';
