/*
 * The rule editor's line markers. The page lists the open file's problems in a hidden
 * .rl-problem-marks element (line, column, message); this script marks those lines in the
 * CodeMirror editor (a line class and a gutter marker with the message as its tooltip) and moves
 * the cursor to the line the page asks for. It runs when the page loads and after every Ajax update,
 * and is a file of its own because the Content-Security-Policy runs no inline script of ours.
 */
(function () {
  'use strict';

  var GUTTER = 'rl-problem-gutter';
  var LINE_CLASS = 'rl-problem-line';

  function editor() {
    var widget = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets.ruleEditor : null;
    if (!widget || !widget.instance || !document.body.contains(widget.jq[0])) {
      return null;
    }
    return widget.instance;
  }

  function clear(cm) {
    (cm.rlMarked || []).forEach(function (handle) {
      cm.removeLineClass(handle, 'background', LINE_CLASS);
    });
    cm.rlMarked = [];
    cm.clearGutter(GUTTER);
  }

  function ensureGutter(cm) {
    var gutters = cm.getOption('gutters') || [];
    if (gutters.indexOf(GUTTER) < 0) {
      cm.setOption('gutters', [GUTTER].concat(gutters.filter(function (g) {
        return g !== GUTTER;
      })));
    }
  }

  function lineIndex(cm, value) {
    var line = parseInt(value, 10);
    if (isNaN(line) || line < 1) {
      return null;
    }
    return Math.min(line, cm.lineCount()) - 1;
  }

  function mark() {
    var cm = editor();
    var marks = document.querySelector('.rl-problem-marks');
    if (!cm || !marks) {
      return;
    }
    ensureGutter(cm);
    clear(cm);
    var messages = {};
    Array.prototype.forEach.call(marks.querySelectorAll('[data-line]'), function (item) {
      var line = lineIndex(cm, item.getAttribute('data-line'));
      if (line === null) {
        return;
      }
      messages[line] = (messages[line] ? messages[line] + '\n' : '') + item.textContent;
    });
    Object.keys(messages).forEach(function (key) {
      var line = parseInt(key, 10);
      cm.rlMarked.push(cm.addLineClass(line, 'background', LINE_CLASS));
      var marker = document.createElement('span');
      marker.className = 'rl-problem-marker pi pi-times-circle';
      marker.title = messages[key];
      marker.setAttribute('data-line', String(line + 1));
      cm.setGutterMarker(line, GUTTER, marker);
    });
    focus(cm, marks);
  }

  /** Goes to the line the page asks for, once per request that asked (data-focus counts them). */
  function focus(cm, marks) {
    var token = marks.getAttribute('data-focus');
    var line = lineIndex(cm, marks.getAttribute('data-focus-line'));
    if (line === null || token === '0' || cm.rlFocusToken === token) {
      return;
    }
    cm.rlFocusToken = token;
    var column = Math.max(0, (parseInt(marks.getAttribute('data-focus-column'), 10) || 1) - 1);
    cm.setCursor({line: line, ch: column});
    cm.scrollIntoView({line: line, ch: column}, 80);
  }

  if (window.jQuery) {
    jQuery(mark);
    jQuery(document).on('pfAjaxUpdated', function () {
      // CodeMirror may still be laying itself out after the update.
      window.setTimeout(mark, 0);
    });
  }
})();
