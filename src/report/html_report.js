// The filter of the HTML report: shows the finding cards of one severity, rule or article.
// It reads the report's own data-* attributes only and never writes markup.
(function () {
  'use strict';
  const cards = Array.from(document.querySelectorAll('article.finding'));
  const controls = {
    severity: document.getElementById('filter-severity'),
    rule: document.getElementById('filter-rule'),
    article: document.getElementById('filter-article'),
  };
  const count = document.getElementById('filter-count');
  if (!controls.severity || !controls.rule || !controls.article || !count) return;

  function matches(card, state) {
    if (state.severity && card.dataset.severity !== state.severity) return false;
    if (state.rule && card.dataset.rule !== state.rule) return false;
    if (!state.article) return true;
    return Array.from(card.querySelectorAll('[data-document]')).some((e) => e.dataset.document === state.article);
  }

  function apply() {
    const state = {};
    const params = new URLSearchParams();
    for (const [name, select] of Object.entries(controls)) {
      state[name] = select.value;
      if (select.value) params.set(name, select.value);
    }
    let shown = 0;
    for (const card of cards) {
      card.hidden = !matches(card, state);
      if (!card.hidden) shown += 1;
    }
    count.textContent = shown + ' of ' + cards.length + ' findings shown';
    // The filter is kept in the address, so a link shows the same cards. A page opened
    // from a file may refuse to change its address; the filter works all the same.
    try {
      history.replaceState(null, '', params.toString() ? '#' + params.toString() : location.pathname + location.search);
    } catch (e) {
      count.title = 'filter not kept in the address: ' + e.message;
    }
  }

  const initial = new URLSearchParams(location.hash.slice(1));
  for (const [name, select] of Object.entries(controls)) {
    const wanted = initial.get(name);
    if (wanted !== null && Array.from(select.options).some((o) => o.value === wanted)) select.value = wanted;
    select.addEventListener('change', apply);
  }
  document.getElementById('filters').hidden = false;
  apply();
})();
