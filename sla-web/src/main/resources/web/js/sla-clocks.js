/*
 * SLA Clocks: live countdowns, the batched navigator cells and the self-refreshing SLA panel.
 * Plain ES2017, no build step; uses AJS.contextPath() when AUI is present. Data is only ever put in
 * the page with textContent; the only HTML inserted is what the server rendered (and escaped) from
 * the web layer's templates.
 *
 * Entry points (window.SlaClocks): init(root), scan(root), tick(), refreshPanels(issueKey),
 * loadCells(root), formatDuration(seconds, hourUnit, minuteUnit), severity(remaining, warningAt, dangerAt).
 * Events: document 'sla:issue-changed' (detail.issueKey optional) refreshes the panels;
 * JIRA.Events.ISSUE_REFRESHED does the same inside Jira. Hooks: see the comments atop the templates.
 */
(function (window, document) {
  'use strict';

  var REST = '/rest/sla/1.0';
  var DEFAULT_REFRESH_MS = 60000;
  var MAX_IDS_PER_REQUEST = 100;
  var SEVERITIES = ['normal', 'warning', 'danger', 'breached', 'met', 'paused', 'none', 'unavailable'];
  var panelTimers = {};
  var tickTimer = null;
  var scanQueued = false;

  function contextPath() {
    return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
  }

  /** The same text as the server's Messages.duration: whole minutes rounded away from zero. */
  function formatDuration(seconds, hourUnit, minuteUnit) {
    var abs = Math.abs(seconds);
    var minutes = Math.ceil(abs / 60);
    var sign = seconds < 0 ? '-' : '';
    var hours = Math.floor(minutes / 60);
    var rest = minutes % 60;
    if (hours === 0) {
      return sign + rest + minuteUnit;
    }
    if (rest === 0) {
      return sign + hours + hourUnit;
    }
    return sign + hours + hourUnit + ' ' + rest + minuteUnit;
  }

  /** The severity of a running clock, as the server's Countdowns.severity decides it. */
  function severity(remaining, warningAt, dangerAt) {
    if (remaining < 0) {
      return 'breached';
    }
    if (remaining <= dangerAt) {
      return 'danger';
    }
    if (remaining <= warningAt) {
      return 'warning';
    }
    return 'normal';
  }

  function number(element, name) {
    var value = element.getAttribute(name);
    return value === null || value === '' ? null : Number(value);
  }

  /** Remembers, once per element, how far the browser's clock is from the server's. */
  function offsetOf(element) {
    if (element.slaOffset === undefined) {
      element.slaOffset = number(element, 'data-sla-now') - Date.now();
    }
    return element.slaOffset;
  }

  function setSeverity(element, name) {
    SEVERITIES.forEach(function (s) {
      if (s !== name) {
        element.classList.remove('sla-severity-' + s);
      }
    });
    element.classList.add('sla-severity-' + name);
  }

  function setIcon(element, icon) {
    var iconElement = element.querySelector('.sla-icon');
    if (!iconElement) {
      return;
    }
    Array.prototype.slice.call(iconElement.classList).forEach(function (c) {
      if (c.indexOf('aui-iconfont-') === 0) {
        iconElement.classList.remove(c);
      }
    });
    iconElement.classList.add('aui-iconfont-' + icon);
  }

  /** Moves one live countdown to the current server time; false once it stopped counting. */
  function update(element) {
    var until = number(element, 'data-sla-until');
    var serverNow = number(element, 'data-sla-now');
    var remainingAtNow = number(element, 'data-sla-remaining');
    if (until === null || serverNow === null || remainingAtNow === null) {
      return false;
    }
    var estimated = Date.now() + offsetOf(element);
    var at = Math.min(estimated, until);
    var remaining = Math.floor(remainingAtNow - Math.max(0, at - serverNow) / 1000);
    var hourUnit = element.getAttribute('data-sla-unit-h') || 'h';
    var minuteUnit = element.getAttribute('data-sla-unit-m') || 'm';
    var text = formatDuration(remaining, hourUnit, minuteUnit);
    var valueElement = element.querySelector('.sla-value');
    if (valueElement && valueElement.textContent !== text) {
      valueElement.textContent = text;
    }
    var pattern = remaining < 0
      ? element.getAttribute('data-sla-label-overdue')
      : element.getAttribute('data-sla-label-left');
    var labelElement = element.querySelector('.sla-label');
    if (pattern && labelElement) {
      var label = pattern.split('{0}').join(formatDuration(Math.abs(remaining), hourUnit, minuteUnit));
      if (labelElement.textContent !== label) {
        labelElement.textContent = label;
      }
    }
    var level = severity(remaining, number(element, 'data-sla-warning-at'), number(element, 'data-sla-danger-at'));
    setSeverity(element, level);
    setIcon(element, level === 'breached' ? 'cross-circle' : 'time');
    element.setAttribute('data-sla-live-remaining', String(remaining));
    if (estimated >= until) {
      element.removeAttribute('data-sla-until');
      element.setAttribute('data-sla-stopped', 'true');
      return false;
    }
    return true;
  }

  function tick() {
    var live = document.querySelectorAll('[data-sla-countdown][data-sla-until]');
    for (var i = 0; i < live.length; i++) {
      update(live[i]);
    }
    return live.length;
  }

  function startTicking() {
    if (tickTimer === null) {
      tickTimer = window.setInterval(tick, 1000);
    }
    tick();
  }

  /** Parses server-rendered (escaped) HTML into nodes. */
  function fragment(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  function request(url, accept) {
    return window.fetch(contextPath() + REST + url, {
      credentials: 'same-origin',
      headers: { Accept: accept }
    });
  }

  /* ---- navigator cells: every placeholder of the page in one request ---- */

  function loadCells(root) {
    var placeholders = Array.prototype.slice.call(
      (root || document).querySelectorAll('[data-sla-placeholder]:not([data-sla-pending])'));
    if (placeholders.length === 0) {
      return Promise.resolve(0);
    }
    var ids = [];
    var metrics = [];
    placeholders.forEach(function (p) {
      p.setAttribute('data-sla-pending', 'true');
      var id = p.getAttribute('data-sla-issue-id');
      var metric = p.getAttribute('data-sla-metric');
      if (ids.indexOf(id) < 0) {
        ids.push(id);
      }
      if (metric && metrics.indexOf(metric) < 0) {
        metrics.push(metric);
      }
    });
    var requests = [];
    for (var start = 0; start < ids.length; start += MAX_IDS_PER_REQUEST) {
      var query = ids.slice(start, start + MAX_IDS_PER_REQUEST)
        .map(function (id) { return 'issueId=' + encodeURIComponent(id); })
        .concat(metrics.map(function (m) { return 'metric=' + encodeURIComponent(m); }))
        .join('&');
      requests.push(request('/countdowns?' + query, 'application/json').then(function (response) {
        if (!response.ok) {
          throw new Error('countdowns: HTTP ' + response.status);
        }
        return response.json();
      }));
    }
    return Promise.all(requests).then(function (answers) {
      placeholders.forEach(function (p) {
        var id = p.getAttribute('data-sla-issue-id');
        var metric = p.getAttribute('data-sla-metric');
        var cell = null;
        answers.forEach(function (answer) {
          var issue = answer.issues && answer.issues[id];
          if (issue && issue[metric]) {
            cell = issue[metric];
          }
        });
        if (cell) {
          p.replaceWith(fragment(cell.html));
        } else {
          // Not browsable or unknown: the cell stays empty.
          p.textContent = '';
          p.removeAttribute('data-sla-placeholder');
          p.setAttribute('data-sla-empty', 'true');
        }
      });
      startTicking();
      return placeholders.length;
    }, function () {
      placeholders.forEach(function (p) {
        p.removeAttribute('data-sla-pending');
        p.setAttribute('data-sla-failed', 'true');
      });
      return 0;
    });
  }

  /* ---- the panel: refreshed every minute and when the issue changes ---- */

  function refreshInterval(panel) {
    var ms = number(panel, 'data-sla-refresh-ms');
    return ms !== null && ms > 0 ? ms : DEFAULT_REFRESH_MS;
  }

  function schedule(panel) {
    var key = panel.getAttribute('data-sla-issue-key');
    window.clearTimeout(panelTimers[key]);
    panelTimers[key] = window.setTimeout(function () {
      refreshPanels(key);
    }, refreshInterval(panel));
  }

  function refreshPanel(panel) {
    var key = panel.getAttribute('data-sla-issue-key');
    var interval = panel.getAttribute('data-sla-refresh-ms');
    var open = [];
    panel.querySelectorAll('[data-sla-past-toggle][aria-expanded="true"]').forEach(function (b) {
      open.push(b.getAttribute('aria-controls'));
    });
    var focused = document.activeElement && panel.contains(document.activeElement)
      ? document.activeElement.getAttribute('aria-controls')
      : null;
    return request('/issue/' + encodeURIComponent(key) + '/panel', 'text/html').then(function (response) {
      if (response.status === 404) {
        // No longer browsable (or deleted): show nothing of it.
        panel.textContent = '';
        panel.setAttribute('data-sla-gone', 'true');
        window.clearTimeout(panelTimers[key]);
        return null;
      }
      if (!response.ok) {
        throw new Error('panel: HTTP ' + response.status);
      }
      return response.text().then(function (html) {
        var fresh = fragment(html).querySelector('[data-sla-panel]');
        if (!fresh) {
          throw new Error('panel: no panel in the answer');
        }
        if (interval !== null) {
          fresh.setAttribute('data-sla-refresh-ms', interval);
        }
        open.forEach(function (id) {
          var button = fresh.querySelector('[data-sla-past-toggle][aria-controls="' + cssEscape(id) + '"]');
          if (button) {
            setFolded(button, false, fresh);
          }
        });
        panel.replaceWith(fresh);
        if (focused) {
          var again = fresh.querySelector('[data-sla-past-toggle][aria-controls="' + cssEscape(focused) + '"]');
          if (again) {
            again.focus();
          }
        }
        schedule(fresh);
        startTicking();
        return fresh;
      });
    }).catch(function () {
      var notice = panel.querySelector('[data-sla-refresh-failed]');
      if (notice) {
        notice.hidden = false;
      }
      schedule(panel);
      return null;
    });
  }

  function cssEscape(value) {
    return window.CSS && window.CSS.escape ? window.CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
  }

  function refreshPanels(issueKey) {
    var panels = Array.prototype.slice.call(document.querySelectorAll('[data-sla-panel]'))
      .filter(function (p) {
        return !issueKey || p.getAttribute('data-sla-issue-key') === issueKey;
      });
    return Promise.all(panels.map(refreshPanel));
  }

  /* ---- folding of earlier cycles: a real button, so Enter and Space work ---- */

  function setFolded(button, folded, scope) {
    var target = (scope || document).querySelector('#' + cssEscape(button.getAttribute('aria-controls')));
    button.setAttribute('aria-expanded', folded ? 'false' : 'true');
    var title = button.getAttribute(folded ? 'data-sla-show-text' : 'data-sla-hide-text');
    if (title) {
      button.setAttribute('title', title);
    }
    if (target) {
      target.hidden = folded;
    }
  }

  function onClick(event) {
    var button = event.target.closest ? event.target.closest('[data-sla-past-toggle]') : null;
    if (button) {
      setFolded(button, button.getAttribute('aria-expanded') === 'true');
    }
  }

  /* ---- start-up ---- */

  function scan(root) {
    var scope = root || document;
    scope.querySelectorAll('[data-sla-panel]').forEach(function (panel) {
      var key = panel.getAttribute('data-sla-issue-key');
      if (!panelTimers[key]) {
        schedule(panel);
      }
    });
    startTicking();
    return loadCells(scope);
  }

  function queueScan() {
    if (scanQueued) {
      return;
    }
    scanQueued = true;
    window.setTimeout(function () {
      scanQueued = false;
      scan(document);
    }, 50);
  }

  function init() {
    document.addEventListener('click', onClick);
    document.addEventListener('sla:issue-changed', function (event) {
      refreshPanels(event.detail && event.detail.issueKey ? event.detail.issueKey : null);
    });
    var jira = window.JIRA;
    if (jira && typeof jira.bind === 'function' && jira.Events) {
      if (jira.Events.ISSUE_REFRESHED) {
        jira.bind(jira.Events.ISSUE_REFRESHED, function () {
          refreshPanels(null);
        });
      }
      if (jira.Events.NEW_CONTENT_ADDED) {
        jira.bind(jira.Events.NEW_CONTENT_ADDED, queueScan);
      }
    }
    if (window.MutationObserver && document.body) {
      new window.MutationObserver(function (mutations) {
        for (var i = 0; i < mutations.length; i++) {
          if (mutations[i].addedNodes.length > 0) {
            queueScan();
            return;
          }
        }
      }).observe(document.body, { childList: true, subtree: true });
    }
    scan(document);
  }

  window.SlaClocks = {
    init: init,
    scan: scan,
    tick: tick,
    loadCells: loadCells,
    refreshPanels: refreshPanels,
    formatDuration: formatDuration,
    severity: severity
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})(window, document);
