// SurveyJS: survey-core's model rendered by survey-js-ui (its framework-free UI).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';

export async function mount(container, json, data) {
  const model = new Model(json);
  if (data) model.data = data;
  renderSurvey(model, container);
  return {
    root: container,
    input: (i) => document.getElementById(model.getQuestionByName(`f${i}`).inputId),
    value: (i) => model.getValue(`f${i}`),
    // What its Complete button runs first: validate every question and show the errors.
    async validate() {
      const valid = model.validate(true, false);
      return { valid, errors: model.getAllQuestions().filter((q) => q.errors.length).length };
    },
  };
}
