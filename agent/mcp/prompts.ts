/** Prompts a client can offer its user: they start the two conversations Toolwright is for. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export function registerPrompts(server: McpServer): void {
  server.registerPrompt(
    'build-a-tool',
    {
      title: 'Build a tool',
      description: 'Describe an internal tool; the assistant builds it as a Toolwright app with the tools of this server.',
      argsSchema: {
        description: z.string().min(1).describe('What the tool should do, e.g. "draft LinkedIn posts with an image every Monday at 9".'),
      },
    },
    ({ description }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Build me a Toolwright app: ${description}`,
              'Use list_templates and get_template to start from the closest template, or create_app from scratch.',
              'Bind each AI step to a model that has the capabilities it needs (bind_model refuses one that does not), add the schedule or trigger I described with add_trigger, and finish with get_app.',
              'Tell me the app slug, what each step does and which model runs it, and what a month of runs would cost (estimate_app_cost).',
            ].join('\n'),
          },
        },
      ],
    }),
  );

  server.registerPrompt(
    'which-model-fits',
    {
      title: 'Which model fits?',
      description: 'Ask which model suits a task; the answer comes from the model directory, not from memory.',
      argsSchema: {
        task: z.string().min(1).describe('The job, e.g. "summarise 800-page contracts" or "product photos from a reference image".'),
        volume: z.string().optional().describe('How much, e.g. "2,000 images a month" (optional).'),
      },
    },
    ({ task, volume }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'text',
            text: [
              `Which model fits this task: ${task}${volume ? ` (volume: ${volume})` : ''}?`,
              'Use recommend_model for the candidates and compare_models for the two or three best; quote prices, context windows and capabilities only from those results.',
            ].join('\n'),
          },
        },
      ],
    }),
  );
}
