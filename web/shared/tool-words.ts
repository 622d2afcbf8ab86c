/** What each agent tool does, in words for the chat's one-line activity ("Built the app"). */
const WORDS: Record<string, { doing: string; done: string; refused: string }> = {
  create_app: { doing: 'Building the app', done: 'Built the app', refused: 'Could not build the app' },
  update_app: { doing: 'Changing the app', done: 'Changed the app', refused: 'Could not change the app' },
  bind_model: { doing: 'Switching the model', done: 'Switched the model', refused: 'Could not switch the model' },
  add_trigger: { doing: 'Setting when it runs', done: 'Set when it runs', refused: 'Could not set when it runs' },
  remove_trigger: { doing: 'Removing a trigger', done: 'Removed a trigger', refused: 'Could not remove the trigger' },
  set_access: { doing: 'Changing who can open it', done: 'Changed who can open it', refused: 'Could not change who can open it' },
  restore_app_version: { doing: 'Bringing back a version', done: 'Brought back a version', refused: 'Could not bring back the version' },
  get_app: { doing: 'Reading the app', done: 'Read the app', refused: 'Could not read the app' },
  list_apps: { doing: 'Looking through your apps', done: 'Looked through your apps', refused: 'Could not list your apps' },
  list_templates: { doing: 'Looking through the templates', done: 'Looked through the templates', refused: 'Could not list the templates' },
  get_template: { doing: 'Reading a template', done: 'Read a template', refused: 'Could not read the template' },
  compare_models: { doing: 'Comparing models', done: 'Compared models', refused: 'Could not compare the models' },
  recommend_model: { doing: 'Finding models that fit', done: 'Found models that fit', refused: 'Could not recommend a model' },
  estimate_app_cost: { doing: 'Estimating the cost', done: 'Estimated the cost', refused: 'Could not estimate the cost' },
};

export function toolWords(name: string): { doing: string; done: string; refused: string } {
  return WORDS[name] ?? { doing: 'Working', done: 'Done', refused: 'Refused' };
}
