/*
 * The permissions page's live marks. Every input of the page that can be changed carries the value
 * the page loaded with (data-original); this script marks the cell of an input whose value differs
 * (rl-changed), keeps data-value in step with a menu's value (relata.css colours scopes and field
 * accesses by it), shows each section's count of unsaved changes, and filters the matrix's record
 * types by what is typed in the box above it. The server renders the same marks, so nothing is
 * lost without this script; it is a file of its own because the Content-Security-Policy runs no
 * inline script of ours.
 */
(function () {
  'use strict';

  function current(input) {
    return input.type === 'checkbox' ? String(input.checked) : input.value;
  }

  function mark(input) {
    var changed = current(input) !== input.getAttribute('data-original');
    if (input.tagName === 'SELECT') {
      input.setAttribute('data-value', input.value);
    }
    var cell = input.closest('[data-cell]');
    if (cell) {
      cell.classList.toggle('rl-changed', changed);
    }
  }

  function count(section) {
    var badge = section.querySelector('[data-unsaved]');
    if (!badge) {
      return;
    }
    var n = section.querySelectorAll('[data-cell].rl-changed').length
      + (parseInt(badge.getAttribute('data-elsewhere') || '0', 10) || 0);
    badge.hidden = n === 0;
    badge.textContent = n === 1
      ? badge.getAttribute('data-one')
      : badge.getAttribute('data-many').replace('{0}', String(n));
  }

  function filter(box) {
    var table = document.getElementById(box.getAttribute('data-filter'));
    if (!table) {
      return;
    }
    var wanted = box.value.trim().toLowerCase();
    table.querySelectorAll('tbody tr[data-search]').forEach(function (row) {
      row.hidden = wanted !== '' && row.getAttribute('data-search').toLowerCase().indexOf(wanted) < 0;
    });
  }

  function refresh() {
    document.querySelectorAll('[data-original]').forEach(mark);
    document.querySelectorAll('[data-section]').forEach(count);
    document.querySelectorAll('input[data-filter]').forEach(filter);
  }

  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.hasAttribute && input.hasAttribute('data-original')) {
      mark(input);
      var section = input.closest('[data-section]');
      if (section) {
        count(section);
      }
    }
  });

  // Enter in the filter box would submit its form, and with it the matrix, through the Save button.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.hasAttribute && event.target.hasAttribute('data-filter')) {
      event.preventDefault();
    }
  });

  document.addEventListener('input', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-filter')) {
      filter(event.target);
    }
  });

  if (window.jQuery) {
    jQuery(refresh);
    jQuery(document).on('pfAjaxUpdated', refresh);
  } else {
    document.addEventListener('DOMContentLoaded', refresh);
  }
})();
