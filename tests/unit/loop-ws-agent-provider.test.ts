import { describe, expect, it } from 'vitest';
import { agentProviderFrom, AgentModelError } from '../../server/ws/agent-provider';

const choose = (env: Record<string, string>, settings = {}) => agentProviderFrom({ settings: () => settings, env })();

describe('agentProviderFrom', () => {
  it('uses the built-in planner by default', async () => {
    expect(await choose({})).toMatchObject({ provider: { id: 'planner' }, model: 'planner' });
  });

  it('uses the named directory model when its key is configured, else the planner', async () => {
    expect(await choose({ AGENT_MODEL: 'gpt-5-mini' }, { openaiApiKey: 'sk-test' })).toMatchObject({
      provider: { id: 'openai' },
      model: 'gpt-5-mini',
    });
    expect(await choose({ AGENT_MODEL: 'gemini-3-flash-preview' }, { geminiApiKey: 'g-test' })).toMatchObject({
      provider: { id: 'google' },
    });
    expect(await choose({ AGENT_MODEL: 'gpt-5-mini' })).toMatchObject({ provider: { id: 'planner' } });
  });

  it('talks to a local OpenAI-compatible server when its base URL is set', async () => {
    const choice = await choose({ AGENT_MODEL: 'openai-compatible:llama3.1:8b' }, { openaiCompatibleBaseUrl: 'http://127.0.0.1:11434/v1' });
    expect(choice).toMatchObject({ provider: { id: 'openai-compatible' }, model: 'llama3.1:8b' });
  });

  it('refuses a model that cannot drive the agent, saying what to set instead', async () => {
    await expect(choose({ AGENT_MODEL: 'gpt-image-1-mini' })).rejects.toThrow(AgentModelError);
    await expect(choose({ AGENT_MODEL: 'no-such-model' })).rejects.toThrow(/unset it to use the built-in planner/);
  });
});
