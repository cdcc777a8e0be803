/*
 * Session editor: when a speaker is chosen for a participant, fill in the participant's
 * "position" and "organisation" (as of this session) from the speaker's current ones.
 * Fields the editor already filled are left alone. The speaker chooser sends the current
 * position and organisation with its result (speakers/editing/choosers.py), and Wagtail's
 * chooser widget keeps that result as its state and fires "change" on its hidden input.
 */
(() => {
  'use strict';

  const SPEAKER_INPUT = /^(id_participants-\d+)-speaker$/;

  function chooserWidget(inputId) {
    const element = document.getElementById(`${inputId}-chooser`);
    return element ? element.widget : null;
  }

  function prefill(prefix, speaker) {
    const position = document.getElementById(`${prefix}-position`);
    if (position && !position.value && speaker.position) {
      position.value = speaker.position;
      position.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const organisationInput = document.getElementById(`${prefix}-organisation`);
    const organisation = chooserWidget(`${prefix}-organisation`);
    if (organisationInput && organisation && !organisationInput.value && speaker.organisation) {
      organisation.setState(speaker.organisation);
    }
  }

  document.addEventListener('change', (event) => {
    const match = event.target.id ? event.target.id.match(SPEAKER_INPUT) : null;
    if (!match) return;
    const speaker = chooserWidget(event.target.id);
    const state = speaker ? speaker.getState() : null;
    if (state && 'position' in state) prefill(match[1], state);
  });
})();
