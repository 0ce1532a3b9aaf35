/*
 * SLA administration page (admin.vm), written once for Jira and the sandbox: calendars (week
 * editor with split and overnight shifts, holidays with iCalendar import, special working days,
 * live preview), policies (order by dragging or by keyboard, each policy in a form with its
 * reminders and escalations, or as its document), agents,
 * import and export, and the audit log with what each change changed. Everything goes through
 * the REST API (docs/rest.md); a refused save shows each problem next to its field and keeps
 * what was typed; leaving with unsaved changes asks first.
 *
 * Test hooks: data-sla-admin-* attributes (see each element below).
 */
(function () {
  'use strict';

  var DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

  function init(root) {
    var rest = root.getAttribute('data-rest');
    var texts = JSON.parse(root.getAttribute('data-texts') || '{}');
    var zone = root.getAttribute('data-zone') || undefined; // the viewer's time zone (Jira's profile)
    var dirty = false;

    function t(key) {
      var text = texts[key] || key;
      for (var i = 1; i < arguments.length; i++) {
        text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
      }
      return text;
    }

    function el(tag, attrs, children) {
      var node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (name) {
        if (name === 'text') {
          node.textContent = attrs[name];
        } else if (name.indexOf('on') === 0) {
          node.addEventListener(name.substring(2), attrs[name]);
        } else if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false) {
          node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
        }
      });
      (children || []).forEach(function (child) {
        if (child) {
          node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        }
      });
      return node;
    }

    function call(method, path, body, contentType) {
      var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
      if (body !== undefined) {
        options.headers['Content-Type'] = contentType || 'application/json';
        options.body = typeof body === 'string' ? body : JSON.stringify(body);
      }
      return fetch(rest + path, options).then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = {message: text}; }
          return {status: response.status, body: json};
        });
      });
    }

    /** An instant as the viewer reads it: in her time zone and language. */
    function when(iso) {
      return new Date(iso).toLocaleString(document.documentElement.lang || undefined, {timeZone: zone, dateStyle: 'medium', timeStyle: 'short'});
    }

    /** The viewer's time zone's offset from UTC, in milliseconds, at the instant ms. */
    function offsetAt(ms) {
      var parts = {};
      new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit'}).formatToParts(new Date(ms)).forEach(function (p) { parts[p.type] = p.value; });
      return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(ms / 1000) * 1000;
    }

    /**
     * A date ('2026-04-27', its midnight) or a date and time ('2026-04-27T09:00') typed on the page,
     * read in the viewer's time zone, as an ISO instant; '' for nothing typed.
     */
    function instantOf(local) {
      if (!local) { return ''; }
      var asUtc = Date.parse((local.length === 10 ? local + 'T00:00' : local) + 'Z');
      if (isNaN(asUtc)) { return local; } // the server says what is wrong with it
      var first = asUtc - offsetAt(asUtc);
      return new Date(asUtc - offsetAt(first)).toISOString();
    }

    function docPath(kind, id) {
      return 'admin/documents/' + kind + '?id=' + encodeURIComponent(id);
    }

    // ---- page frame ----
    var status = el('div', {'class': 'sla-admin-status', role: 'status', 'aria-live': 'polite', 'data-sla-admin-status': true});
    var sections = {};
    var nav = el('nav', {'class': 'aui-navgroup aui-navgroup-horizontal sla-admin-nav'}, [
      el('div', {'class': 'aui-navgroup-inner'}, [el('div', {'class': 'aui-navgroup-primary'}, [
        el('ul', {'class': 'aui-nav'}, ['calendars', 'policies', 'exclusions', 'agents', 'recalculation', 'worker', 'transfer', 'audit'].map(function (name) {
          return el('li', {}, [el('a', {href: '#' + name, 'data-sla-admin-tab': name, onclick: function (e) { e.preventDefault(); show(name); }}, [t('tab.' + name)])]);
        }))
      ])])
    ]);
    root.appendChild(el('h2', {text: t('title')}));
    root.appendChild(el('p', {'class': 'sla-admin-intro', text: t('intro')}));
    root.appendChild(nav);
    root.appendChild(status);
    ['calendars', 'policies', 'exclusions', 'agents', 'recalculation', 'worker', 'transfer', 'audit'].forEach(function (name) {
      sections[name] = el('section', {'class': 'sla-admin-section', 'data-sla-admin-section': name, hidden: true});
      root.appendChild(sections[name]);
    });

    function say(message, kind) {
      status.className = 'sla-admin-status aui-message aui-message-' + (kind || 'info');
      status.textContent = message;
    }

    function show(name) {
      Object.keys(sections).forEach(function (key) {
        sections[key].hidden = key !== name;
        var tab = nav.querySelector('[data-sla-admin-tab="' + key + '"]');
        tab.parentNode.className = key === name ? 'aui-nav-selected' : '';
        if (key === name) { tab.setAttribute('aria-current', 'page'); } else { tab.removeAttribute('aria-current'); }
      });
      loaders[name]();
    }

    function markDirty() { dirty = true; }
    window.addEventListener('beforeunload', function (event) {
      if (dirty) { event.preventDefault(); event.returnValue = t('unsaved'); return t('unsaved'); }
    });

    /** Shows a refused save's problems: next to the fields they name, the rest in a list. */
    function showProblems(form, problems, fieldFor) {
      form.querySelectorAll('.sla-admin-error').forEach(function (n) { n.remove(); });
      form.querySelectorAll('[aria-invalid]').forEach(function (n) { n.removeAttribute('aria-invalid'); });
      var general = [];
      (problems || []).forEach(function (problem) {
        var field = fieldFor(problem);
        // next to its field a problem needs no path; in the list above the buttons it does
        var note = el('div', {'class': 'error sla-admin-error', 'data-sla-admin-error': problem.path || '', role: 'alert'},
          [(problem.path && !field ? problem.path + ': ' : '') + problem.message]);
        if (field) {
          field.setAttribute('aria-invalid', 'true');
          var row = field.closest('.sla-admin-date-row, .field-group') || field.parentNode;
          row.appendChild(note);
        } else {
          general.push(note);
        }
      });
      var list = form.querySelector('.sla-admin-general-errors');
      list.innerHTML = '';
      general.forEach(function (note) { list.appendChild(note); });
    }

    function saved(answer, what) {
      dirty = false;
      say(answer.body.documents.length === 0 ? t('unchanged') : t('saved', what, answer.body.revision), 'success');
    }

    function refused(answer) {
      if (answer.status === 409) { say(answer.body.message, 'warning'); return; }
      say(answer.body && answer.body.message ? answer.body.message : t('failed', answer.status), 'error');
    }

    // ---- calendars ----
    var loaders = {};
    loaders.calendars = function () {
      var section = sections.calendars;
      section.innerHTML = '';
      call('GET', 'admin/documents').then(function (answer) {
        if (answer.status !== 200) { refused(answer); return; }
        var calendars = answer.body.documents.filter(function (d) { return d.kind === 'calendar'; });
        var list = el('ul', {'class': 'sla-admin-list', 'data-sla-admin-calendars': true});
        calendars.forEach(function (doc) {
          list.appendChild(el('li', {}, [el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-sla-admin-calendar': doc.id, onclick: function () { editCalendar(doc); }}, [doc.id])]));
        });
        section.appendChild(el('h3', {text: t('calendars.title')}));
        section.appendChild(list);
        section.appendChild(el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-new-calendar': true, onclick: function () {
          editCalendar({kind: 'calendar', id: '', version: 0, json: {name: '', zone: 'Europe/Amsterdam', hours: {MON: ['09:00-17:00'], TUE: ['09:00-17:00'], WED: ['09:00-17:00'], THU: ['09:00-17:00'], FRI: ['09:00-17:00']}}});
        }}, [t('calendars.new')]));
        section.appendChild(el('div', {'class': 'sla-admin-editor', 'data-sla-admin-editor': 'calendar'}));
      });
    };

    function datesToRows(entries) {
      return (entries || []).map(function (entry) {
        return typeof entry === 'string' ? {date: entry, hours: ''} : {date: entry.date, hours: (entry.hours || []).join(', ')};
      });
    }

    function periods(text) {
      return text.split(',').map(function (p) { return p.trim(); }).filter(function (p) { return p; });
    }

    function editCalendar(doc) {
      var editor = sections.calendars.querySelector('[data-sla-admin-editor]');
      editor.innerHTML = '';
      var json = doc.json;
      var isNew = !doc.id;
      var form = el('form', {'class': 'aui sla-admin-calendar', 'data-sla-admin-calendar-form': doc.id || 'new', oninput: markDirty, onsubmit: function (e) { e.preventDefault(); save(); }});
      var name = el('input', {'class': 'text', id: 'sla-admin-cal-name', value: json.name || '', 'data-sla-admin-field': 'name', readonly: !isNew});
      var zone = el('input', {'class': 'text', id: 'sla-admin-cal-zone', value: json.zone || '', 'data-sla-admin-field': 'zone'});
      var always = el('input', {type: 'checkbox', 'class': 'checkbox', id: 'sla-admin-cal-always', 'data-sla-admin-field': 'always'});
      always.checked = json.hours === '24/7';
      form.appendChild(el('h3', {text: isNew ? t('calendars.new') : t('calendars.edit', doc.id)}));
      form.appendChild(el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-cal-name', text: t('calendars.name')}), name]));
      form.appendChild(el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-cal-zone', text: t('calendars.zone')}), zone,
        el('div', {'class': 'description', text: t('calendars.zoneHint')})]));
      form.appendChild(el('div', {'class': 'checkbox'}, [always, el('label', {'for': 'sla-admin-cal-always', text: t('calendars.always')})]));

      var week = el('fieldset', {'class': 'sla-admin-week', 'data-sla-admin-week': true, 'aria-labelledby': 'sla-admin-week-title'}, [el('h4', {id: 'sla-admin-week-title', text: t('calendars.week')})]);
      DAYS.forEach(function (day) {
        var row = el('div', {'class': 'field-group sla-admin-day', 'data-sla-admin-day': day}, [el('label', {text: t('day.' + day)})]);
        var holder = el('span', {'class': 'sla-admin-periods'});
        row.appendChild(holder);
        var list = json.hours && json.hours !== '24/7' && json.hours[day] ? json.hours[day] : [];
        function addPeriod(value) {
          var input = el('input', {'class': 'text sla-admin-period', value: value || '', placeholder: '09:00-17:00', 'aria-label': t('day.' + day) + ' ' + t('calendars.period'), 'data-sla-admin-period': day});
          var remove = el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'aria-label': t('remove'), onclick: function () { input.remove(); remove.remove(); markDirty(); preview(); }}, ['×']);
          holder.appendChild(input);
          holder.appendChild(remove);
        }
        list.forEach(addPeriod);
        row.appendChild(el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'data-sla-admin-add-period': day, onclick: function () { addPeriod(''); markDirty(); }}, [t('calendars.addPeriod')]));
        week.appendChild(row);
      });
      form.appendChild(week);

      function dateList(key, label, needHours) {
        var box = el('fieldset', {'class': 'sla-admin-dates', 'data-sla-admin-dates': key, 'aria-labelledby': 'sla-admin-dates-' + key}, [el('h4', {id: 'sla-admin-dates-' + key, text: label})]);
        var rows = el('div', {});
        box.appendChild(rows);
        function addRow(row) {
          var date = el('input', {type: 'date', 'class': 'text medium-field', value: row.date || '', 'aria-label': label, 'data-sla-admin-date': key});
          var hours = el('input', {'class': 'text medium-field', value: row.hours || '', placeholder: needHours ? '10:00-14:00' : t('calendars.wholeDay'), 'aria-label': t('calendars.hours'), 'data-sla-admin-date-hours': key});
          var remove = el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'aria-label': t('remove'), onclick: function () { line.remove(); markDirty(); preview(); }}, ['×']);
          var line = el('div', {'class': 'sla-admin-date-row'}, [date, hours, remove]);
          rows.appendChild(line);
        }
        datesToRows(json[key]).forEach(addRow);
        box.appendChild(el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'data-sla-admin-add-date': key, onclick: function () { addRow({}); markDirty(); }}, [t('calendars.addDate')]));
        box.addRow = addRow;
        return box;
      }
      var holidays = dateList('holidays', t('calendars.holidays'), false);
      var workingDays = dateList('workingDays', t('calendars.workingDays'), true);
      form.appendChild(holidays);

      // iCalendar import: a preview merged into the form; saved with the calendar.
      var ics = el('input', {type: 'file', accept: '.ics,text/calendar', 'class': 'upfile', id: 'sla-admin-ics', 'data-sla-admin-ics': true});
      var year = new Date().getFullYear();
      var from = el('input', {type: 'date', 'class': 'text medium-field', value: year + '-01-01', 'aria-label': t('ics.from'), 'data-sla-admin-ics-from': true});
      var to = el('input', {type: 'date', 'class': 'text medium-field', value: (year + 1) + '-12-31', 'aria-label': t('ics.to'), 'data-sla-admin-ics-to': true});
      var icsReport = el('div', {'class': 'sla-admin-ics-report', 'data-sla-admin-ics-report': true, role: 'status'});
      form.appendChild(el('fieldset', {'class': 'sla-admin-ics', 'aria-labelledby': 'sla-admin-ics-title'}, [el('h4', {id: 'sla-admin-ics-title', text: t('ics.title')}),
        el('label', {'for': 'sla-admin-ics', text: t('ics.file')}), ics, from, to,
        el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-ics-import': true, onclick: importIcs}, [t('ics.import')]), icsReport]));
      form.appendChild(workingDays);

      var hoursAhead = el('input', {type: 'number', min: '0.25', step: '0.25', value: '8', 'class': 'text short-field', id: 'sla-admin-preview-hours', 'data-sla-admin-preview-hours': true, oninput: function () { preview(); }});
      var previewText = el('span', {'class': 'sla-admin-preview', 'data-sla-admin-preview': true, role: 'status', 'aria-live': 'polite'});
      form.appendChild(el('div', {'class': 'field-group sla-admin-preview-group'}, [el('label', {'for': 'sla-admin-preview-hours', text: t('calendars.preview')}), hoursAhead, previewText]));
      form.appendChild(el('div', {'class': 'sla-admin-general-errors'}));
      form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
        el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', 'data-sla-admin-save': 'calendar'}, [t('save')]),
        el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-whatif': 'calendar', onclick: function () {
          var body = collect();
          whatIf('calendar', isNew ? body.name : doc.id, body, whatIfResult, form);
        }}, [t('whatif.try')]),
        isNew ? null : el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-history': 'calendar', onclick: function () {
          history('calendar', doc.id, doc, historyList, form, loaders.calendars);
        }}, [t('history.show')]),
        isNew ? null : el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-delete': 'calendar', onclick: remove}, [t('delete')])
      ])]));
      var whatIfResult = el('div', {'class': 'sla-admin-whatif', 'data-sla-admin-whatif-result': 'calendar', role: 'status', 'aria-live': 'polite'});
      form.appendChild(whatIfResult);
      var historyList = el('div', {'class': 'sla-admin-history', 'data-sla-admin-history-list': 'calendar'});
      form.appendChild(historyList);
      editor.appendChild(form);
      form.addEventListener('input', debounce(preview, 400));
      preview();

      function collect() {
        var out = {name: name.value.trim(), zone: zone.value.trim()};
        if (always.checked) {
          out.hours = '24/7';
        } else {
          out.hours = {};
          DAYS.forEach(function (day) {
            out.hours[day] = Array.prototype.map.call(form.querySelectorAll('[data-sla-admin-period="' + day + '"]'), function (i) { return i.value.trim(); }).filter(function (v) { return v; });
          });
        }
        ['holidays', 'workingDays'].forEach(function (key) {
          var dates = [];
          form.querySelectorAll('[data-sla-admin-dates="' + key + '"] .sla-admin-date-row').forEach(function (row) {
            var date = row.querySelector('[data-sla-admin-date]').value;
            var hours = periods(row.querySelector('[data-sla-admin-date-hours]').value);
            if (!date && hours.length === 0) { return; }
            dates.push(hours.length === 0 && key === 'holidays' ? date : {date: date, hours: hours});
          });
          if (dates.length > 0) { out[key] = dates; }
        });
        return out;
      }

      function fieldFor(problem) {
        var path = problem.path || '';
        var m = /^hours\.([A-Z]{3})(?:\[(\d+)])?/.exec(path);
        if (m) { return form.querySelectorAll('[data-sla-admin-period="' + m[1] + '"]')[+(m[2] || 0)] || null; }
        m = /^(holidays|workingDays)\[(\d+)]/.exec(path);
        if (m) { return form.querySelectorAll('[data-sla-admin-date="' + m[1] + '"]')[+m[2]] || null; }
        if (path === 'zone') { return zone; }
        if (path === 'name') { return name; }
        return null;
      }

      function preview() {
        call('POST', 'admin/calendars/preview', {json: collect(), hours: parseFloat(hoursAhead.value) || 8}).then(function (answer) {
          previewText.textContent = answer.status === 200 ? answer.body.endsAtText : t('calendars.noPreview');
        });
      }

      function save() {
        var body = collect();
        var id = isNew ? body.name : doc.id;
        call('PUT', docPath('calendar', id), {version: doc.version, json: body}).then(function (answer) {
          if (answer.status === 200) {
            saved(answer, id);
            loaders.calendars();
            return;
          }
          showProblems(form, answer.body && answer.body.problems, function (problem) {
            return problem.kind === 'calendar' && problem.id === id ? fieldFor(problem) : null;
          });
          refused(answer);
        });
      }

      function remove() {
        call('DELETE', docPath('calendar', doc.id) + '&version=' + doc.version).then(function (answer) {
          if (answer.status === 200) { saved(answer, doc.id); loaders.calendars(); return; }
          showProblems(form, answer.body && answer.body.problems, function () { return null; });
          refused(answer);
        });
      }

      function importIcs() {
        var file = ics.files && ics.files[0];
        if (!file) { icsReport.textContent = t('ics.choose'); return; }
        file.text().then(function (text) {
          var path = 'admin/holidays?calendar=' + encodeURIComponent(doc.id || name.value) + '&from=' + from.value + '&to=' + to.value;
          var draft = isNew ? null : collect();
          return call('POST', path, text, 'text/calendar').then(function (answer) {
            if (answer.status !== 200) { icsReport.textContent = answer.body.message; return; }
            var have = {};
            (draft ? draft.holidays || [] : []).forEach(function (h) { have[typeof h === 'string' ? h : h.date] = true; });
            answer.body.added.forEach(function (h) { if (!have[h.date]) { holidays.addRow({date: h.date}); } });
            markDirty();
            preview();
            var lines = [t('ics.added', answer.body.added.length)];
            answer.body.notAdded.forEach(function (s) { lines.push(s.date + ' ' + s.name + ': ' + s.reason); });
            answer.body.skipped.forEach(function (s) { lines.push(s.date + ' ' + s.name + ': ' + s.reason); });
            icsReport.innerHTML = '';
            lines.forEach(function (line) { icsReport.appendChild(el('div', {}, [line])); });
          });
        });
      }
    }

    /** Tries a draft document on the newest 100 issues (what-if) and shows what would change. */
    function whatIf(kind, id, json, target, form) {
      target.textContent = t('whatif.trying');
      call('POST', 'admin/recalculation/whatif', {scope: 'all', limit: 100, draft: {kind: kind, id: id, json: json}}).then(function (a) {
        target.innerHTML = '';
        if (a.status !== 200) {
          showProblems(form, a.body && a.body.problems, function () { return null; });
          target.textContent = a.body && a.body.message ? a.body.message : t('failed', a.status);
          return;
        }
        target.appendChild(el('p', {text: t('whatif.of', a.body.issues)}));
        ['metToBreached', 'breachedToMet', 'changed', 'unchanged'].forEach(function (k) {
          var part = a.body[k];
          target.appendChild(el('div', {'data-sla-admin-whatif-count': k}, [t('recalc.' + k, part.count) + (part.examples && part.examples.length ? ' (' + part.examples.join(', ') + ')' : '')]));
        });
      });
    }

    /**
     * A document's versions, newest first, each with what it changed and a button that saves it
     * again as the newest version (the history keeps every version).
     */
    function history(kind, id, current, target, form, done) {
      call('GET', 'admin/documents/' + kind + '/history?id=' + encodeURIComponent(id)).then(function (a) {
        target.innerHTML = '';
        if (a.status !== 200) { refused(a); return; }
        target.appendChild(el('h4', {text: t('history.title')}));
        var versions = a.body.slice().reverse();
        versions.forEach(function (v, i) {
          var older = versions[i + 1];
          var diff = el('div', {hidden: true, 'data-sla-admin-history-diff': v.version});
          var row = el('div', {'class': 'sla-admin-history-version', 'data-sla-admin-history-version': v.version}, [
            el('span', {text: t('history.version', v.version, v.author, when(v.savedAt)) + (v.deleted ? ' ' + t('history.deleted') : '')}),
            ' ',
            el('button', {type: 'button', 'class': 'aui-button aui-button-link', onclick: function () {
              diff.hidden = !diff.hidden;
              if (!diff.firstChild) {
                diff.appendChild(renderDiff(older && older.json ? JSON.stringify(older.json) : null, v.json ? JSON.stringify(v.json) : null));
              }
            }}, [t('audit.changes')]),
            v.version === current.version || v.deleted ? null : el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-restore': v.version, onclick: function () {
              call('PUT', docPath(kind, id), {version: current.version, json: v.json}).then(function (answer) {
                if (answer.status === 200) { saved(answer, id); done(); return; }
                showProblems(form, answer.body && answer.body.problems, function () { return null; });
                refused(answer);
              });
            }}, [t('history.restore')]),
            diff
          ]);
          target.appendChild(row);
        });
      });
    }

    function debounce(fn, ms) {
      var timer = null;
      return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
    }

    // ---- policies ----
    loaders.policies = function () {
      var section = sections.policies;
      section.innerHTML = '';
      call('GET', 'admin/documents').then(function (answer) {
        if (answer.status !== 200) { refused(answer); return; }
        var docs = answer.body.documents;
        var policies = {};
        docs.filter(function (d) { return d.kind === 'policy'; }).forEach(function (d) { policies[d.id] = d; });
        var calendars = docs.filter(function (d) { return d.kind === 'calendar'; }).map(function (d) { return d.id; }).sort();
        var orderDoc = docs.filter(function (d) { return d.kind === 'policy-order'; })[0] || {version: 0, json: {order: []}};
        var ids = (orderDoc.json.order || []).filter(function (id) { return policies[id]; });
        Object.keys(policies).sort().forEach(function (id) { if (ids.indexOf(id) < 0) { ids.push(id); } });
        section.appendChild(el('h3', {text: t('policies.title')}));
        section.appendChild(el('p', {'class': 'description', text: t('policies.orderHint')}));
        var list = el('ol', {'class': 'sla-admin-order', 'data-sla-admin-order': true});
        var dragged = null;
        ids.forEach(function (id) {
          var item = el('li', {draggable: 'true', 'data-sla-admin-policy': id}, [
            el('span', {'class': 'aui-icon aui-icon-small aui-iconfont-drag-vertical', 'aria-hidden': 'true'}),
            el('button', {type: 'button', 'class': 'aui-button aui-button-link', onclick: function () { editPolicy(policies[id], calendars); }}, [policies[id].json.name || id]),
            el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'aria-label': t('policies.up', policies[id].json.name || id), 'data-sla-admin-up': id, onclick: function () { move(item, -1); }}, ['↑']),
            el('button', {type: 'button', 'class': 'aui-button aui-button-subtle', 'aria-label': t('policies.down', policies[id].json.name || id), 'data-sla-admin-down': id, onclick: function () { move(item, 1); }}, ['↓'])
          ]);
          item.addEventListener('dragstart', function () { dragged = item; });
          item.addEventListener('dragover', function (e) { e.preventDefault(); });
          item.addEventListener('drop', function (e) {
            e.preventDefault();
            if (dragged && dragged !== item) { list.insertBefore(dragged, item); markDirty(); }
          });
          item.addEventListener('keydown', function (e) {
            if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); move(item, -1); }
            if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); move(item, 1); }
          });
          list.appendChild(item);
        });
        function move(item, step) {
          var sibling = step < 0 ? item.previousElementSibling : item.nextElementSibling;
          if (!sibling) { return; }
          if (step < 0) { list.insertBefore(item, sibling); } else { list.insertBefore(sibling, item); }
          markDirty();
          var button = item.querySelector(step < 0 ? '[data-sla-admin-up]' : '[data-sla-admin-down]');
          if (button) { button.focus(); }
          say(t('policies.moved', item.getAttribute('data-sla-admin-policy'), Array.prototype.indexOf.call(list.children, item) + 1));
        }
        section.appendChild(list);
        section.appendChild(el('button', {type: 'button', 'class': 'aui-button aui-button-primary', 'data-sla-admin-save-order': true, onclick: function () {
          var order = Array.prototype.map.call(list.children, function (li) { return li.getAttribute('data-sla-admin-policy'); });
          call('PUT', docPath('policy-order', 'default'), {version: orderDoc.version, json: {order: order}}).then(function (a) {
            if (a.status === 200) { saved(a, t('policies.order')); loaders.policies(); } else { refused(a); }
          });
        }}, [t('policies.saveOrder')]));
        section.appendChild(el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-new-policy': true, onclick: function () {
          editPolicy({kind: 'policy', id: '', version: 0, json: {id: '', name: '', scope: {}, metrics: []}}, calendars);
        }}, [t('policies.new')]));
        section.appendChild(el('div', {'class': 'sla-admin-editor', 'data-sla-admin-editor': 'policy'}));
      });
    };

    // ---- policy editor: a form over the policy document, and the document itself as JSON ----
    var catalog = JSON.parse(root.getAttribute('data-catalog') || '{}');
    var TEAM = '\u2026'; // where the catalog's ola entry puts the team's statuses or group
    var SCOPE_LISTS = ['projects', 'issueTypes', 'priorities', 'labels', 'components', 'reporterGroups'];
    var CONDITIONS = {start: 'triggers', stop: 'triggers', pause: 'pauses'};

    function copy(json) { return JSON.parse(JSON.stringify(json)); }

    /** What the metric's template gives it, with the team filled in for an OLA; null without one. */
    function templateGives(metric) {
      var given = (catalog.templates || {})[metric.template];
      if (!given) { return null; }
      if (metric.template === 'ola') {
        given = metric.group ? given.group : given.statuses;
        return JSON.parse(JSON.stringify(given)
          .split(JSON.stringify([TEAM])).join(JSON.stringify(metric.statuses || []))
          .split(JSON.stringify(TEAM)).join(JSON.stringify(metric.group || '')));
      }
      return given;
    }

    /** A condition as the policy file writes it: a name alone, or an object naming it under on / when. */
    function conditionKind(condition, key) {
      return typeof condition === 'string' ? condition : (condition || {})[key === 'pause' ? 'when' : 'on'];
    }

    function describeCondition(condition, key) {
      var kind = conditionKind(condition, key);
      var text = t('cond.' + CONDITIONS[key] + '.' + kind);
      if (typeof condition === 'object' && condition) {
        var about = ['statuses', 'group', 'field', 'value', 'values'].filter(function (p) { return condition[p] !== undefined; })
          .map(function (p) { return Array.isArray(condition[p]) ? condition[p].join(', ') : condition[p]; });
        if (about.length) { text += ': ' + about.join(' = '); }
      }
      return text;
    }

    /**
     * The form over one policy document (edited in place). Every input carries the document path it
     * edits (data-sla-path), so a refused save shows each problem next to its field. changed() runs
     * after every edit; structural edits (a metric, a goal row, a condition, a reminder or escalation,
     * an action or a recipient added, moved or removed) draw the form again.
     */
    function policyForm(policy, calendars, isNew, changed) {
      var box = el('div', {'class': 'sla-admin-policy-form', 'data-sla-admin-policy-form': true});
      var serial = 0;

      function draw() {
        box.innerHTML = '';
        serial = 0;
        box.appendChild(el('datalist', {id: 'sla-admin-goal-fields'}, ['priority', 'issuetype'].map(function (f) { return el('option', {value: f}); })));
        box.appendChild(general());
        box.appendChild(scope());
        box.appendChild(el('h4', {text: t('policies.metrics')}));
        (policy.metrics || []).forEach(function (metric, i) { box.appendChild(metricBox(metric, i)); });
        box.appendChild(addMetric());
      }
      function redraw() { changed(); draw(); }

      function fieldGroup(label, input, hint) {
        if (!input.id) { input.id = 'sla-admin-p' + (serial++); }
        return el('div', {'class': 'field-group'}, [el('label', {'for': input.id, text: label}), input,
          hint ? el('div', {'class': 'description', text: hint}) : null]);
      }
      function text(path, value, set, size, label) {
        return el('input', {'class': 'text ' + (size || 'medium-field'), value: value === undefined || value === null ? '' : value,
          'data-sla-path': path, 'aria-label': label || null, oninput: function (e) { set(e.target.value.trim()); changed(); }});
      }
      function listText(path, values, set, label) {
        return text(path, (values || []).join(', '), function (v) { set(periods(v)); }, 'long-field', label);
      }
      function put(object, key, value) { putValue(object, key, value); }
      function putValue(object, key, value) {
        if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
          delete object[key];
        } else {
          object[key] = value;
        }
      }
      function button(label, attrs, onclick) {
        var a = attrs || {};
        a.type = 'button';
        a['class'] = a['class'] || 'aui-button aui-button-subtle';
        a.onclick = onclick;
        return el('button', a, [label]);
      }
      function move(array, index, step, after) {
        var other = index + step;
        if (other < 0 || other >= array.length) { return; }
        var item = array[index];
        array[index] = array[other];
        array[other] = item;
        after();
      }
      function calendarSelect(path, value, set, label) {
        var names = calendars.slice();
        if (value && names.indexOf(value) < 0) { names.push(value); }
        var select = el('select', {'class': 'select', 'data-sla-path': path, 'aria-label': label || null, onchange: function (e) { set(e.target.value); changed(); }},
          [el('option', {value: ''}, [t('policies.goal.chooseCalendar')])].concat(names.map(function (name) {
            return el('option', {value: name, selected: name === value}, [name]);
          })));
        return select;
      }

      function general() {
        var id = text('id', policy.id, function (v) { policy.id = v; }, 'medium-field');
        id.setAttribute('data-sla-admin-policy-id', '');
        if (!isNew) { id.setAttribute('readonly', 'readonly'); }
        var enabled = el('input', {type: 'checkbox', 'class': 'checkbox', 'data-sla-path': 'enabled', checked: policy.enabled !== false,
          onchange: function (e) { if (e.target.checked) { delete policy.enabled; } else { policy.enabled = false; } changed(); }});
        enabled.id = 'sla-admin-p-enabled';
        return el('fieldset', {}, [el('legend', {text: t('policies.general')}),
          fieldGroup(t('policies.id'), id, t(isNew ? 'policies.idHint' : 'policies.idFixed')),
          fieldGroup(t('policies.name'), text('name', policy.name, function (v) { policy.name = v; }, 'long-field')),
          el('div', {'class': 'field-group'}, [el('div', {'class': 'checkbox'}, [enabled, el('label', {'for': enabled.id, text: t('policies.enabled')})])])
        ]);
      }

      function scope() {
        var s = policy.scope && typeof policy.scope === 'object' ? policy.scope : {};
        var had = policy.scope !== undefined;
        function put(object, key, value) { // the scope goes into the document once it says something
          putValue(object, key, value);
          if (Object.keys(s).length || had) { policy.scope = s; } else { delete policy.scope; }
        }
        var set = el('fieldset', {'data-sla-admin-scope': true}, [el('legend', {text: t('policies.scope')}),
          el('p', {'class': 'description', text: t('policies.scopeHint')}),
          el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': 'scope'})]);
        SCOPE_LISTS.forEach(function (key) {
          var input = listText('scope.' + key, s[key], function (v) { put(s, key, v); });
          input.setAttribute('data-sla-admin-scope', key);
          set.appendChild(fieldGroup(t('policies.scope.' + key), input));
        });
        var rows = Object.keys(s.fields || {}).map(function (name) { return {name: name, values: s.fields[name]}; });
        function writeFields() {
          var fields = {};
          rows.forEach(function (row) { if (row.name) { fields[row.name] = row.values || []; } });
          put(s, 'fields', Object.keys(fields).length ? fields : null);
        }
        var fieldRows = el('div', {'class': 'sla-admin-rows'});
        rows.forEach(function (row, j) {
          fieldRows.appendChild(el('div', {'class': 'sla-admin-date-row'}, [
            text('scope.fields.' + row.name, row.name, function (v) { row.name = v; writeFields(); }, 'medium-field', t('policies.field')),
            listText('scope.fields.' + row.name, row.values, function (v) { row.values = v; writeFields(); }, t('policies.values')),
            button('\u00d7', {'aria-label': t('remove')}, function () { rows.splice(j, 1); writeFields(); redraw(); })
          ]));
        });
        set.appendChild(el('div', {'class': 'field-group'}, [el('label', {text: t('policies.scope.fields')}), fieldRows,
          button(t('policies.scope.addField'), {'data-sla-admin-add-scope-field': true}, function () {
            s.fields = s.fields || {};
            var name = t('policies.field');
            for (var n = 2; s.fields[name]; n++) { name = t('policies.field') + ' ' + n; }
            s.fields[name] = [];
            redraw();
          })]));
        set.appendChild(fieldGroup(t('policies.scope.jql'), text('scope.jql', s.jql, function (v) { put(s, 'jql', v); }, 'long-field'),
          t('policies.scope.jqlHint')));
        return set;
      }

      function metricBox(metric, i) {
        var path = 'metrics[' + i + ']';
        var set = el('fieldset', {'class': 'sla-admin-metric', 'data-sla-admin-metric': i}, [
          el('legend', {text: t('policies.metric', metric.name || metric.id || (i + 1))}),
          el('h4', {'class': 'sla-admin-metric-title', 'aria-hidden': 'true', text: t('policies.metric', metric.name || metric.id || (i + 1))}),
          el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': path})]);
        set.appendChild(fieldGroup(t('policies.metric.id'), text(path + '.id', metric.id, function (v) { metric.id = v; }), t('policies.metric.idHint')));
        set.appendChild(fieldGroup(t('policies.metric.name'), text(path + '.name', metric.name, function (v) { metric.name = v; }, 'long-field')));
        var template = el('select', {'class': 'select', 'data-sla-path': path + '.template', 'data-sla-admin-metric-template': i, onchange: function (e) {
          put(metric, 'template', e.target.value);
          if (metric.template !== 'ola') { delete metric.statuses; delete metric.group; }
          redraw();
        }}, [el('option', {value: ''}, [t('policies.template.none')])].concat(Object.keys(catalog.templates || {}).map(function (name) {
          return el('option', {value: name, selected: metric.template === name}, [t('policies.template.' + name)]);
        })));
        set.appendChild(fieldGroup(t('policies.metric.template'), template));
        if (metric.template === 'ola') {
          var byGroup = metric.group !== undefined;
          var team = el('select', {'class': 'select', 'data-sla-admin-metric-team': i, onchange: function (e) {
            if (e.target.value === 'group') { delete metric.statuses; metric.group = ''; } else { delete metric.group; metric.statuses = []; }
            redraw();
          }}, ['statuses', 'group'].map(function (k) { return el('option', {value: k, selected: (k === 'group') === byGroup}, [t('policies.metric.team.' + k)]); }));
          set.appendChild(fieldGroup(t('policies.metric.team'), team));
          set.appendChild(byGroup
            ? fieldGroup(t('policies.metric.group'), text(path + '.group', metric.group, function (v) { metric.group = v; }))
            : fieldGroup(t('policies.metric.statuses'), listText(path + '.statuses', metric.statuses, function (v) { metric.statuses = v; }), t('policies.listHint')));
          set.appendChild(fieldGroup(t('policies.metric.parent'), text(path + '.parent', metric.parent, function (v) { put(metric, 'parent', v); }),
            t('policies.metric.parentHint')));
        }
        ['start', 'stop', 'pause'].forEach(function (key) { set.appendChild(conditions(metric, path, key)); });
        var given = templateGives(metric);
        var firstOnly = el('input', {type: 'checkbox', 'class': 'checkbox', 'data-sla-path': path + '.firstCycleOnly',
          checked: metric.firstCycleOnly !== undefined ? metric.firstCycleOnly : !!(given && given.firstCycleOnly),
          onchange: function (e) {
            if (!!(given && given.firstCycleOnly) === e.target.checked) { delete metric.firstCycleOnly; } else { metric.firstCycleOnly = e.target.checked; }
            changed();
          }});
        firstOnly.id = 'sla-admin-p-first-' + i;
        set.appendChild(el('div', {'class': 'field-group'}, [el('div', {'class': 'checkbox'}, [firstOnly, el('label', {'for': firstOnly.id, text: t('policies.metric.firstCycleOnly')})])]));
        set.appendChild(fieldGroup(t('policies.metric.internalTarget'),
          text(path + '.internalTarget', metric.internalTarget, function (v) { put(metric, 'internalTarget', v); }, 'short-field'),
          t('policies.metric.internalTargetHint')));
        set.appendChild(goals(metric, path));
        set.appendChild(rules(metric, path, 'reminders'));
        set.appendChild(rules(metric, path, 'escalations'));
        set.appendChild(el('div', {'class': 'sla-admin-row-actions'}, [
          button(t('policies.moveUp'), {'data-sla-admin-metric-up': i}, function () { move(policy.metrics, i, -1, redraw); }),
          button(t('policies.moveDown'), {'data-sla-admin-metric-down': i}, function () { move(policy.metrics, i, 1, redraw); }),
          button(t('policies.metric.remove'), {'data-sla-admin-metric-remove': i}, function () { policy.metrics.splice(i, 1); redraw(); })
        ]));
        return set;
      }

      function conditions(metric, metricPath, key) {
        var path = metricPath + '.' + key;
        var kinds = catalog[CONDITIONS[key]] || {};
        var given = templateGives(metric);
        var box = el('div', {'class': 'field-group sla-admin-conditions', 'data-sla-admin-conditions': key, 'data-sla-path': path},
          [el('label', {text: t('policies.' + key)})]);
        if (given && metric[key] === undefined) {
          var words = given[key].map(function (c) { return describeCondition(c, key); });
          box.appendChild(el('span', {'class': 'sla-admin-from-template', 'data-sla-admin-from-template': key},
            [t('policies.fromTemplate', words.length ? words.join('; ') : t('policies.nothing'))]));
          box.appendChild(button(t('policies.ownConditions'), {'data-sla-admin-own-conditions': key}, function () {
            metric[key] = copy(given[key]);
            redraw();
          }));
          return box;
        }
        var list = Array.isArray(metric[key]) ? metric[key] : [];
        function commit() { // without a template, no conditions is what leaving them out says
          if (list.length === 0 && !given) { delete metric[key]; } else { metric[key] = list; }
        }
        list.forEach(function (condition, j) {
          var here = path + '[' + j + ']';
          var kind = conditionKind(condition, key);
          var name = key === 'pause' ? 'when' : 'on';
          var object = typeof condition === 'object' && condition ? condition : {};
          function write(next) {
            var about = kinds[next[name]] || [];
            var out = {};
            out[name] = next[name];
            about.forEach(function (p) { if (next[p] !== undefined) { out[p] = next[p]; } });
            list[j] = Object.keys(out).length === 1 && about.length === 0 ? next[name] : out;
            commit();
          }
          var select = el('select', {'class': 'select', 'data-sla-path': here, 'aria-label': t('policies.' + key), 'data-sla-admin-condition': key + '-' + j,
            onchange: function (e) { var next = {}; next[name] = e.target.value; write(next); redraw(); }},
            Object.keys(kinds).concat(kinds[kind] ? [] : [kind]).map(function (k) {
              return el('option', {value: k, selected: k === kind}, [t('cond.' + CONDITIONS[key] + '.' + k)]);
            }));
          var row = el('div', {'class': 'sla-admin-date-row sla-admin-condition'}, [select]);
          var current = {};
          current[name] = kind;
          Object.keys(object).forEach(function (k) { current[k] = object[k]; });
          (kinds[kind] || []).forEach(function (p) {
            var setter = function (v) {
              if (v === '' || (Array.isArray(v) && v.length === 0 && p === 'values')) { delete current[p]; } else { current[p] = v; }
              write(current);
            };
            row.appendChild(p === 'statuses' || p === 'values'
              ? listText(here + '.' + p, object[p], setter, t('cond.' + p))
              : text(here + '.' + p, object[p], setter, 'medium-field', t('cond.' + p)));
            row.lastChild.setAttribute('placeholder', t('cond.' + p));
          });
          row.appendChild(button('\u00d7', {'aria-label': t('remove')}, function () { list.splice(j, 1); commit(); redraw(); }));
          box.appendChild(row);
        });
        if (list.length === 0) {
          box.appendChild(el('span', {'class': 'description'}, [t(key === 'pause' ? 'policies.noPause' : 'policies.noCondition')]));
        }
        box.appendChild(button(t('policies.addCondition'), {'data-sla-admin-add-condition': key}, function () {
          var first = Object.keys(kinds)[0];
          var fresh = {};
          fresh[key === 'pause' ? 'when' : 'on'] = first;
          list.push((kinds[first] || []).length ? fresh : first);
          commit();
          redraw();
        }));
        if (given) {
          box.appendChild(button(t('policies.templateConditions'), {'data-sla-admin-template-conditions': key}, function () { delete metric[key]; redraw(); }));
        }
        return box;
      }

      /**
       * The tests on fields that must all hold for an issue (a goal row's or a rule's "when"); none
       * is every issue. tidy, if given, runs after each change (to keep the owner's keys in order).
       */
      function whenTests(owner, path, addAttrs, tidy) {
        var tests = Object.keys(owner.when || {}).map(function (f) { return {field: f, values: owner.when[f]}; });
        function writeTests() {
          var when = {};
          tests.forEach(function (test) { if (test.field) { when[test.field] = test.values || []; } });
          put(owner, 'when', Object.keys(when).length ? when : null);
          if (tidy) { tidy(); }
        }
        var whenBox = el('div', {'class': 'field-group', 'data-sla-path': path + '.when'}, [el('label', {text: t('policies.goal.when')})]);
        tests.forEach(function (test, k) {
          whenBox.appendChild(el('div', {'class': 'sla-admin-date-row'}, [
            text(path + '.when', test.field, function (v) { test.field = v; writeTests(); }, 'medium-field', t('policies.field')),
            listText(path + '.when', test.values, function (v) { test.values = v; writeTests(); }, t('policies.values')),
            button('\u00d7', {'aria-label': t('remove')}, function () { tests.splice(k, 1); writeTests(); redraw(); })
          ]));
          whenBox.lastChild.firstChild.setAttribute('list', 'sla-admin-goal-fields');
        });
        if (tests.length === 0) { whenBox.appendChild(el('span', {'class': 'description', text: t('policies.goal.every')})); }
        whenBox.appendChild(button(t('policies.goal.addTest'), addAttrs, function () {
          owner.when = owner.when || {};
          owner.when[owner.when.priority ? 'issuetype' : 'priority'] = [];
          if (tidy) { tidy(); }
          redraw();
        }));
        return whenBox;
      }

      /** The text for a word of the policy file, or the word itself when it is not one the page knows. */
      function named(key, word) { return texts[key] ? t(key) : word; }

      /** Puts the object's keys in the order the policy file writes them (others after), in place. */
      function tidyKeys(object, keys) {
        var all = keys.filter(function (k) { return object[k] !== undefined; })
          .concat(Object.keys(object).filter(function (k) { return keys.indexOf(k) < 0; }));
        var values = {};
        all.forEach(function (k) { values[k] = object[k]; delete object[k]; });
        all.forEach(function (k) { object[k] = values[k]; });
      }

      /**
       * A metric's reminders or escalations (key), each with its id, when it is due, the issues it is
       * for and its actions. Rules are written back as the policy file says them; one nobody touched
       * stays exactly as it was.
       */
      function rules(metric, metricPath, key) {
        var alerts = catalog.alerts || {};
        var reminder = key === 'reminders';
        var keys = reminder ? ['id'].concat(alerts.reminderThresholds || [], ['when', 'actions']) : ['id', 'level', 'after', 'every', 'when', 'actions'];
        var list = Array.isArray(metric[key]) ? metric[key] : [];
        var path = metricPath + '.' + key;
        function commit() { if (list.length) { metric[key] = list; } else { delete metric[key]; } }
        var box = el('div', {'class': 'sla-admin-rules', 'data-sla-admin-rules': key}, [
          el('h5', {text: t('policies.' + key)}),
          el('div', {'class': 'description', text: t('policies.' + key + '.hint')}),
          el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': path})]);
        list.forEach(function (rule, j) {
          var here = path + '[' + j + ']';
          var row = el('div', {'class': 'sla-admin-rule', 'data-sla-admin-rule': key + '-' + j}, [el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': here})]);
          box.appendChild(row);
          var moves = el('div', {'class': 'sla-admin-row-actions'}, [
            button(t('policies.moveUp'), {'data-sla-admin-rule-up': key + '-' + j}, function () { move(list, j, -1, redraw); }),
            button(t('policies.moveDown'), {'data-sla-admin-rule-down': key + '-' + j}, function () { move(list, j, 1, redraw); }),
            button(t('policies.' + key + '.remove'), {'data-sla-admin-rule-remove': key + '-' + j}, function () { list.splice(j, 1); commit(); redraw(); })
          ]);
          if (!rule || typeof rule !== 'object' || Array.isArray(rule)) {
            row.appendChild(el('p', {'class': 'description', text: t('policies.rule.notObject')}));
            row.appendChild(moves);
            return;
          }
          function tidy() { tidyKeys(rule, keys); }
          function set(name, value) { putValue(rule, name, value); tidy(); }
          var id = text(here + '.id', rule.id, function (v) { set('id', v); });
          id.setAttribute('data-sla-admin-rule-id', key + '-' + j);
          row.appendChild(fieldGroup(t('policies.rule.id'), id, t('policies.rule.idHint')));
          if (reminder) {
            row.appendChild(threshold(rule, here, j, tidy));
          } else {
            var levels = (alerts.levels || []).slice();
            if (levels.indexOf(rule.level) < 0) { levels.push(rule.level); }
            var level = el('select', {'class': 'select', 'data-sla-path': here + '.level', 'data-sla-admin-rule-level': j,
              onchange: function (e) { set('level', Number(e.target.value)); changed(); }},
              levels.map(function (n) {
                return el('option', {value: n === undefined ? '' : String(n), selected: n === rule.level}, [n === undefined ? t('policies.rule.chooseLevel') : named('policies.rule.level.' + n, String(n))]);
              }));
            row.appendChild(fieldGroup(t('policies.rule.level'), level, t('policies.rule.levelHint')));
            var after = text(here + '.after', rule.after, function (v) { set('after', v); }, 'short-field');
            after.setAttribute('data-sla-admin-rule-after', j);
            row.appendChild(fieldGroup(t('policies.rule.after'), after, t('policies.rule.afterHint')));
            var every = text(here + '.every', rule.every, function (v) { set('every', v); }, 'short-field');
            every.setAttribute('data-sla-admin-rule-every', j);
            row.appendChild(fieldGroup(t('policies.rule.every'), every, t('policies.rule.everyHint', alerts.minEvery || '1m')));
          }
          row.appendChild(whenTests(rule, here, {'data-sla-admin-rule-add-test': key + '-' + j}, tidy));
          row.appendChild(actions(rule, here, key + '-' + j, tidy));
          row.appendChild(moves);
        });
        if (list.length === 0) { box.appendChild(el('div', {'class': 'description', text: t('policies.' + key + '.none')})); }
        box.appendChild(button(t('policies.' + key + '.add'), {'class': 'aui-button', 'data-sla-admin-add-rule': key}, function () {
          var taken = function (candidate) {
            return ['reminders', 'escalations'].some(function (k) {
              return (Array.isArray(metric[k]) ? metric[k] : []).some(function (r) { return r && r.id === candidate; });
            });
          };
          var base = reminder ? 'reminder' : 'escalation';
          var fresh = {id: base};
          for (var n = 2; taken(fresh.id); n++) { fresh.id = base + '-' + n; }
          if (reminder) {
            fresh.percent = 75;
          } else { // an escalation path climbs: one level above the highest so far
            var top = list.reduce(function (m, r) { return r && typeof r.level === 'number' ? Math.max(m, r.level) : m; }, 0);
            var all = alerts.levels || [1];
            fresh.level = all[Math.min(all.indexOf(top) + 1, all.length - 1)];
          }
          fresh.actions = [freshAction(Object.keys(alerts.actions || {})[0] || 'email')];
          list.push(fresh);
          commit();
          redraw();
        }));
        return box;
      }

      /** A reminder's threshold: before the breach, a share of the goal, or the internal target. */
      function threshold(rule, here, j, tidy) {
        var alerts = catalog.alerts || {};
        var kinds = alerts.reminderThresholds || [];
        var current = kinds.filter(function (k) { return rule[k] !== undefined; })[0];
        var group = el('div', {'class': 'field-group'});
        var select = el('select', {'class': 'select', 'data-sla-admin-rule-threshold': j, 'aria-label': t('policies.rule.threshold'), onchange: function (e) {
          if (!e.target.value) { return; }
          kinds.forEach(function (k) { delete rule[k]; });
          rule[e.target.value] = {before: '', percent: 75, at: alerts.internalTarget}[e.target.value];
          tidy();
          redraw();
        }}, (current ? [] : [el('option', {value: '', selected: true}, [t('policies.rule.chooseThreshold')])]).concat(kinds.map(function (k) {
          return el('option', {value: k, selected: k === current}, [t('policies.rule.threshold.' + k)]);
        })));
        select.id = 'sla-admin-p' + (serial++);
        group.appendChild(el('label', {'for': select.id, text: t('policies.rule.threshold')}));
        group.appendChild(select);
        if (current === 'before') {
          var before = text(here + '.before', rule.before, function (v) { rule.before = v; }, 'short-field', t('policies.rule.threshold.before'));
          before.setAttribute('data-sla-admin-rule-before', j);
          group.appendChild(before);
          group.appendChild(el('div', {'class': 'description', text: t('policies.rule.beforeHint')}));
        } else if (current === 'percent') {
          var percent = el('input', {type: 'number', min: '1', max: '99', step: '1', 'class': 'text short-field', value: rule.percent === undefined ? '' : rule.percent,
            'data-sla-path': here + '.percent', 'data-sla-admin-rule-percent': j, 'aria-label': t('policies.rule.threshold.percent'),
            oninput: function (e) { var v = e.target.value.trim(); rule.percent = /^\d+$/.test(v) ? Number(v) : v; changed(); }});
          group.appendChild(percent);
          group.appendChild(el('span', {text: '%'}));
          group.appendChild(el('div', {'class': 'description', text: t('policies.rule.percentHint')}));
        } else if (current) {
          select.setAttribute('data-sla-path', here + '.' + current);
        }
        return group;
      }

      /** A new action of that kind, with the keys it needs (empty, for the administrator to fill in). */
      function freshAction(kind) {
        var alerts = catalog.alerts || {};
        var out = {'do': kind};
        ((alerts.actions || {})[kind] || []).forEach(function (p) {
          if (p === 'to') {
            out.to = [Object.keys(alerts.recipients || {}).filter(function (r) { return !alerts.recipients[r]; })[0] || 'assignee'];
          } else if (p !== 'visibility') { // the default visibility goes without saying
            out[p] = '';
          }
        });
        return out;
      }

      /** A rule's actions, done in order: each with what it needs, moved or removed like rows. */
      function actions(rule, here, name, tidy) {
        var alerts = catalog.alerts || {};
        var kinds = alerts.actions || {};
        var list = Array.isArray(rule.actions) ? rule.actions : [];
        var path = here + '.actions';
        function commit() { rule.actions = list; tidy(); }
        var box = el('div', {'class': 'field-group sla-admin-actions', 'data-sla-path': path, 'data-sla-admin-actions': name}, [el('label', {text: t('policies.rule.actions')})]);
        list.forEach(function (action, k) {
          var at = path + '[' + k + ']';
          var object = action && typeof action === 'object' && !Array.isArray(action) ? action : {};
          var kind = object['do'];
          var select = el('select', {'class': 'select', 'data-sla-path': at + '.do', 'data-sla-admin-action-kind': k, 'aria-label': t('policies.rule.action'),
            onchange: function (e) { list[k] = freshAction(e.target.value); commit(); redraw(); }},
            Object.keys(kinds).concat(kinds[kind] ? [] : [kind]).map(function (key) {
              return el('option', {value: key === undefined ? '' : key, selected: key === kind}, [key === undefined ? t('policies.rule.chooseAction') : named('policies.action.' + key, key)]);
            }));
          var row = el('div', {'class': 'sla-admin-date-row sla-admin-action', 'data-sla-admin-action': k, 'data-sla-path': at}, [select]);
          var keys = ['do'].concat(kinds[kind] || []);
          (kinds[kind] || []).forEach(function (p) {
            if (p === 'to') {
              row.appendChild(recipients(object, at, k));
            } else if (p === 'visibility') {
              var shown = object.visibility !== undefined ? object.visibility : (alerts.visibilities || [])[0];
              row.appendChild(el('select', {'class': 'select', 'data-sla-path': at + '.visibility', 'data-sla-admin-action-visibility': k, 'aria-label': t('policies.action.visibility'),
                onchange: function (e) { object.visibility = e.target.value; tidyKeys(object, keys); changed(); }},
                (alerts.visibilities || []).concat((alerts.visibilities || []).indexOf(shown) < 0 ? [shown] : []).map(function (v) {
                  return el('option', {value: v, selected: v === shown}, [named('policies.action.visibility.' + v, String(v))]);
                })));
            } else {
              var input = text(at + '.' + p, object[p], function (v) { object[p] = v; }, p === 'text' ? 'long-field' : 'medium-field', t('policies.action.' + kind + '.' + p));
              input.setAttribute('placeholder', t('policies.action.' + kind + '.' + p));
              input.setAttribute('data-sla-admin-action-' + p, k);
              row.appendChild(input);
            }
          });
          row.appendChild(button('\u2191', {'aria-label': t('policies.moveUp'), 'data-sla-admin-action-up': k}, function () { move(list, k, -1, redraw); }));
          row.appendChild(button('\u2193', {'aria-label': t('policies.moveDown'), 'data-sla-admin-action-down': k}, function () { move(list, k, 1, redraw); }));
          row.appendChild(button('\u00d7', {'aria-label': t('remove'), 'data-sla-admin-action-remove': k}, function () { list.splice(k, 1); commit(); redraw(); }));
          box.appendChild(row);
        });
        if (list.length === 0) { box.appendChild(el('span', {'class': 'description', text: t('policies.rule.noAction')})); }
        var kind = el('select', {'class': 'select', 'aria-label': t('policies.rule.action'), 'data-sla-admin-new-action': name},
          Object.keys(kinds).map(function (key) { return el('option', {value: key}, [t('policies.action.' + key)]); }));
        box.appendChild(el('div', {'class': 'sla-admin-row-actions'}, [kind, button(t('policies.rule.addAction'), {'data-sla-admin-add-action': name}, function () {
          list.push(freshAction(kind.value));
          commit();
          redraw();
        })]));
        return box;
      }

      /** An e-mail's recipients: people of the issue, the project lead, or a named user, group or role. */
      function recipients(action, at, k) {
        var kinds = (catalog.alerts || {}).recipients || {};
        var list = Array.isArray(action.to) ? action.to : [];
        var box = el('div', {'class': 'sla-admin-recipients', 'data-sla-path': at + '.to', 'data-sla-admin-recipients': k});
        function commit() { action.to = list; }
        list.forEach(function (recipient, m) {
          var here = at + '.to[' + m + ']';
          var hasName = recipient && typeof recipient === 'object' && !Array.isArray(recipient);
          var kind = hasName ? Object.keys(recipient)[0] : recipient;
          var select = el('select', {'class': 'select', 'data-sla-path': here, 'data-sla-admin-recipient': m, 'aria-label': t('policies.recipient'),
            onchange: function (e) {
              var next = e.target.value;
              var fresh = {};
              fresh[next] = '';
              list[m] = kinds[next] ? fresh : next;
              commit();
              redraw();
            }},
            Object.keys(kinds).concat(kinds[kind] !== undefined ? [] : [String(kind)]).map(function (key) {
              return el('option', {value: key, selected: key === kind}, [named('policies.recipient.' + key, key)]);
            }));
          var row = el('div', {'class': 'sla-admin-date-row sla-admin-recipient'}, [select]);
          if (hasName && kinds[kind]) {
            var name = text(here + '.' + kind, recipient[kind], function (v) { recipient[kind] = v; }, 'medium-field', t('policies.recipient.name.' + kind));
            name.setAttribute('placeholder', t('policies.recipient.name.' + kind));
            name.setAttribute('data-sla-admin-recipient-name', m);
            row.appendChild(name);
          }
          row.appendChild(button('\u00d7', {'aria-label': t('remove'), 'data-sla-admin-recipient-remove': m}, function () { list.splice(m, 1); commit(); redraw(); }));
          box.appendChild(row);
        });
        box.appendChild(button(t('policies.recipient.add'), {'data-sla-admin-add-recipient': k}, function () {
          var free = Object.keys(kinds).filter(function (key) { return !kinds[key] && list.indexOf(key) < 0; })[0];
          var fresh = {};
          fresh[Object.keys(kinds).filter(function (key) { return kinds[key]; })[0] || 'user'] = '';
          list.push(free || fresh);
          commit();
          redraw();
        }));
        return box;
      }

      function goals(metric, metricPath) {
        var rows = metric.goals = Array.isArray(metric.goals) ? metric.goals : [];
        var box = el('div', {'class': 'sla-admin-goals', 'data-sla-admin-goals': true}, [
          el('h5', {text: t('policies.goals')}),
          el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': metricPath + '.goals'})]);
        rows.forEach(function (goal, j) {
          var path = metricPath + '.goals[' + j + ']';
          var row = el('div', {'class': 'sla-admin-goal', 'data-sla-admin-goal': j}, [el('div', {'class': 'field-group sla-admin-anchor', 'data-sla-path': path})]);
          row.appendChild(whenTests(goal, path, {'data-sla-admin-add-test': j}));
          var target = text(path + '.target', goal.target, function (v) { goal.target = v; }, 'short-field');
          target.setAttribute('data-sla-admin-goal-target', j);
          row.appendChild(fieldGroup(t('policies.goal.target'), target, t('policies.goal.targetHint')));
          row.appendChild(fieldGroup(t('policies.goal.internalTarget'),
            text(path + '.internalTarget', goal.internalTarget, function (v) { put(goal, 'internalTarget', v); }, 'short-field'),
            t('policies.goal.internalTargetHint')));
          row.appendChild(calendar(goal, path, j));
          row.appendChild(el('div', {'class': 'sla-admin-row-actions'}, [
            button(t('policies.moveUp'), {'data-sla-admin-goal-up': j}, function () { move(rows, j, -1, redraw); }),
            button(t('policies.moveDown'), {'data-sla-admin-goal-down': j}, function () { move(rows, j, 1, redraw); }),
            button(t('policies.goal.remove'), {'data-sla-admin-goal-remove': j}, function () { rows.splice(j, 1); redraw(); })
          ]));
          box.appendChild(row);
        });
        box.appendChild(button(t('policies.addGoal'), {'data-sla-admin-add-goal': true}, function () {
          rows.push({target: '', calendar: calendars[0] || ''});
          redraw();
        }));
        return box;
      }

      function calendar(goal, path, j) {
        var byField = goal.calendar && typeof goal.calendar === 'object';
        var box = el('div', {'class': 'field-group'}, [el('label', {text: t('policies.goal.calendar')})]);
        var mode = el('select', {'class': 'select', 'aria-label': t('policies.goal.calendarMode'), 'data-sla-admin-calendar-mode': j, onchange: function (e) {
          goal.calendar = e.target.value === 'field' ? {field: '', map: {}, 'default': typeof goal.calendar === 'string' ? goal.calendar : (calendars[0] || '')}
            : (goal.calendar && goal.calendar['default']) || calendars[0] || '';
          redraw();
        }}, ['fixed', 'field'].map(function (k) { return el('option', {value: k, selected: (k === 'field') === byField}, [t('policies.goal.calendarMode.' + k)]); }));
        box.appendChild(mode);
        if (!byField) {
          box.appendChild(calendarSelect(path + '.calendar', goal.calendar, function (v) { goal.calendar = v; }, t('policies.goal.calendar')));
          return box;
        }
        var choice = goal.calendar;
        var cpath = path + '.calendar';
        box.appendChild(el('div', {'class': 'sla-admin-date-row'}, [el('span', {text: t('policies.goal.calendarField')}),
          text(cpath + '.field', choice.field, function (v) { choice.field = v; }, 'medium-field', t('policies.goal.calendarField'))]));
        var pairs = Object.keys(choice.map || {}).map(function (value) { return {value: value, calendar: choice.map[value]}; });
        function writeMap() {
          var map = {};
          pairs.forEach(function (p) { if (p.value) { map[p.value] = p.calendar; } });
          choice.map = map;
        }
        pairs.forEach(function (pair, k) {
          box.appendChild(el('div', {'class': 'sla-admin-date-row'}, [
            text(cpath + '.map.' + pair.value, pair.value, function (v) { pair.value = v; writeMap(); }, 'medium-field', t('policies.goal.mapValue')),
            el('span', {text: '\u2192'}),
            calendarSelect(cpath + '.map.' + pair.value, pair.calendar, function (v) { pair.calendar = v; writeMap(); }, t('policies.goal.calendar')),
            button('\u00d7', {'aria-label': t('remove')}, function () { pairs.splice(k, 1); writeMap(); redraw(); })
          ]));
        });
        box.appendChild(button(t('policies.goal.addMapping'), {'data-sla-admin-add-mapping': j}, function () {
          choice.map = choice.map || {};
          var value = t('policies.goal.mapValue');
          for (var n = 2; choice.map[value] !== undefined; n++) { value = t('policies.goal.mapValue') + ' ' + n; }
          choice.map[value] = calendars[0] || '';
          redraw();
        }));
        box.appendChild(el('div', {'class': 'sla-admin-date-row'}, [el('span', {text: t('policies.goal.default')}),
          calendarSelect(cpath + '.default', choice['default'], function (v) { choice['default'] = v; }, t('policies.goal.default'))]));
        return box;
      }

      function addMetric() {
        var template = el('select', {'class': 'select', 'aria-label': t('policies.metric.template'), 'data-sla-admin-new-metric-template': true},
          Object.keys(catalog.templates || {}).concat(['']).map(function (name) {
            return el('option', {value: name}, [name ? t('policies.template.' + name) : t('policies.template.none')]);
          }));
        return el('div', {'class': 'sla-admin-row-actions'}, [template, button(t('policies.addMetric'), {'class': 'aui-button', 'data-sla-admin-add-metric': true}, function () {
          var name = template.value;
          policy.metrics = Array.isArray(policy.metrics) ? policy.metrics : [];
          var base = name || 'metric';
          var id = base;
          var taken = function (candidate) { return policy.metrics.some(function (m) { return m.id === candidate; }); };
          for (var n = 2; taken(id); n++) { id = base + '-' + n; }
          var metric = {id: id, name: name ? t('policies.template.' + name) : ''};
          if (name) { metric.template = name; } else { metric.start = ['created']; metric.stop = ['resolution-set']; }
          if (name === 'ola') { metric.statuses = []; }
          metric.goals = [{target: '', calendar: calendars[0] || ''}];
          policy.metrics.push(metric);
          redraw();
        })]);
      }

      /** The input a problem's path names, or the nearest one above it; null for the policy as a whole. */
      box.fieldFor = function (problem) {
        var path = problem.path || '';
        while (path) {
          var node = box.querySelector('[data-sla-path="' + CSS.escape(path) + '"]');
          if (node) { return node; }
          path = path.replace(/(\.[^.\[]*|\[\d+\])$/, '');
        }
        return null;
      };
      draw();
      return box;
    }

    function editPolicy(doc, calendars) {
      var editor = sections.policies.querySelector('[data-sla-admin-editor]');
      editor.innerHTML = '';
      var policy = copy(doc.json);
      var view = 'form';
      var formBox = el('div', {'class': 'sla-admin-policy-view'});
      var form;
      var area = el('textarea', {'class': 'textarea sla-admin-json', rows: '24', id: 'sla-admin-policy-json', 'data-sla-admin-policy-json': true, spellcheck: 'false'});
      var json = el('div', {'class': 'field-group', hidden: true}, [el('label', {'for': 'sla-admin-policy-json', text: t('policies.document')}), area,
        el('div', {'class': 'description', text: t('policies.documentHint')})]);
      function drawForm() {
        formBox.innerHTML = '';
        form = policyForm(policy, calendars, !doc.id, markDirty);
        formBox.appendChild(form);
      }
      var views = el('div', {'class': 'aui-buttons sla-admin-views', role: 'group', 'aria-label': t('policies.view')}, ['form', 'json'].map(function (name) {
        return el('button', {type: 'button', 'class': 'aui-button', 'aria-pressed': name === view ? 'true' : 'false', 'data-sla-admin-policy-view': name, onclick: function () { switchTo(name); }},
          [t('policies.view.' + name)]);
      }));
      function switchTo(name) {
        if (name === view) { return; }
        if (name === 'json') {
          area.value = JSON.stringify(policy, null, 2);
        } else {
          var parsed = parse();
          if (!parsed) { return; }
          policy = parsed;
          drawForm();
        }
        view = name;
        formBox.hidden = name !== 'form';
        json.hidden = name !== 'json';
        views.querySelectorAll('button').forEach(function (b) { b.setAttribute('aria-pressed', b.getAttribute('data-sla-admin-policy-view') === name ? 'true' : 'false'); });
      }
      function parse() {
        try { return JSON.parse(area.value); } catch (e) {
          showProblems(whole, [{path: '', message: t('policies.notJson', e.message)}], function () { return null; });
          return null;
        }
      }
      function current() { return view === 'json' ? parse() : policy; }
      var whole = el('form', {'class': 'aui sla-admin-policy', oninput: markDirty, onsubmit: function (e) { e.preventDefault(); }}, [
        el('h3', {text: doc.id ? t('policies.edit', doc.json.name || doc.id) : t('policies.new')}),
        views,
        formBox,
        json,
        el('div', {'class': 'sla-admin-general-errors'}),
        el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
          el('button', {type: 'button', 'class': 'aui-button aui-button-primary', 'data-sla-admin-save': 'policy', onclick: save}, [t('save')]),
          el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-whatif': 'policy', onclick: tryIt}, [t('whatif.try')]),
          doc.id ? el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-history': 'policy', onclick: function () {
            history('policy', doc.id, doc, whole.querySelector('[data-sla-admin-history-list]'), whole, loaders.policies);
          }}, [t('history.show')]) : null,
          doc.id ? el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-delete': 'policy', onclick: remove}, [t('delete')]) : null
        ])]),
        el('div', {'class': 'sla-admin-whatif', 'data-sla-admin-whatif-result': 'policy', role: 'status', 'aria-live': 'polite'}),
        el('div', {'class': 'sla-admin-history', 'data-sla-admin-history-list': 'policy'})
      ]);
      drawForm();
      editor.appendChild(whole);
      function problems(answer) {
        showProblems(whole, answer.body && answer.body.problems, function (problem) { return view === 'form' ? form.fieldFor(problem) : null; });
        refused(answer);
      }
      function tryIt() {
        var draft = current();
        if (!draft) { return; }
        whatIf('policy', doc.id || draft.id || '', draft, whole.querySelector('[data-sla-admin-whatif-result]'), whole);
      }
      function save() {
        var draft = current();
        if (!draft) { return; }
        var id = doc.id || draft.id || '';
        if (!id) {
          showProblems(whole, [{path: 'id', message: t('policies.idMissing')}], function (problem) { return view === 'form' ? form.fieldFor(problem) : null; });
          return;
        }
        call('PUT', docPath('policy', id), {version: doc.version, json: draft}).then(function (answer) {
          if (answer.status === 200) { saved(answer, draft.name || id); loaders.policies(); } else { problems(answer); }
        });
      }
      function remove() {
        call('DELETE', docPath('policy', doc.id) + '&version=' + doc.version).then(function (answer) {
          if (answer.status === 200) { saved(answer, doc.id); loaders.policies(); } else { problems(answer); }
        });
      }
    }

    // ---- agents ----
    loaders.agents = function () {
      var section = sections.agents;
      section.innerHTML = '';
      call('GET', docPath('agents', 'default')).then(function (answer) {
        var doc = answer.status === 200 ? answer.body : {version: 0, json: {}};
        var fields = {};
        var form = el('form', {'class': 'aui', oninput: markDirty, onsubmit: function (e) {
          e.preventDefault();
          var json = {};
          Object.keys(fields).forEach(function (key) { json[key] = periods(fields[key].value); });
          call('PUT', docPath('agents', 'default'), {version: doc.version, json: json}).then(function (a) {
            if (a.status === 200) { saved(a, t('tab.agents')); loaders.agents(); } else {
              showProblems(form, a.body && a.body.problems, function (p) { return fields[(p.path || '').split('[')[0]] || null; });
              refused(a);
            }
          });
        }}, [el('h3', {text: t('agents.title')}), el('p', {'class': 'description', text: t('agents.hint')})]);
        ['users', 'groups', 'roles'].forEach(function (key) {
          fields[key] = el('input', {'class': 'text long-field', id: 'sla-admin-agents-' + key, value: (doc.json[key] || []).join(', '), 'data-sla-admin-agents': key});
          form.appendChild(el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-agents-' + key, text: t('agents.' + key)}), fields[key]]));
        });
        form.appendChild(el('div', {'class': 'sla-admin-general-errors'}));
        form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', 'data-sla-admin-save': 'agents'}, [t('save')])])]));
        section.appendChild(form);
      });
    };

    // ---- recalculation: preview, run with progress, cancel ----
    var polling = null;
    loaders.recalculation = function () {
      var section = sections.recalculation;
      section.innerHTML = '';
      clearTimeout(polling);
      var scope = el('select', {'class': 'select', id: 'sla-admin-recalc-scope', 'data-sla-admin-recalc-scope': true}, ['open', 'updated', 'all', 'jql'].map(function (k) {
        return el('option', {value: k}, [t('recalc.scope.' + k)]);
      }));
      var since = el('input', {type: 'date', 'class': 'text medium-field', 'aria-label': t('recalc.since'), 'data-sla-admin-recalc-since': true, hidden: true});
      var jql = el('input', {'class': 'text long-field', 'aria-label': t('recalc.jql'), placeholder: 'project = HELP', 'data-sla-admin-recalc-jql': true, hidden: true});
      scope.addEventListener('change', function () { since.hidden = scope.value !== 'updated'; jql.hidden = scope.value !== 'jql'; });
      var result = el('div', {'class': 'sla-admin-recalc-preview', 'data-sla-admin-recalc-preview': true, role: 'status'});
      var runs = el('div', {'data-sla-admin-recalc-runs': true});
      function body() {
        var b = {scope: scope.value};
        if (scope.value === 'updated') { b.since = instantOf(since.value); }
        if (scope.value === 'jql') { b.jql = jql.value; }
        return b;
      }
      section.appendChild(el('h3', {text: t('recalc.title')}));
      section.appendChild(el('p', {'class': 'description', text: t('recalc.hint')}));
      section.appendChild(el('form', {'class': 'aui', onsubmit: function (e) { e.preventDefault(); }}, [
        el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-recalc-scope', text: t('recalc.scope')}), scope, since, jql]),
        el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
          el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-recalc-run-preview': true, onclick: function () {
            result.textContent = t('recalc.previewing');
            call('POST', 'admin/recalculation/preview', body()).then(function (a) {
              if (a.status !== 200) { result.textContent = a.body && a.body.message ? a.body.message : t('failed', a.status); return; }
              result.innerHTML = '';
              result.appendChild(el('p', {text: t('recalc.previewOf', a.body.issues, a.body.inScope)}));
              ['metToBreached', 'breachedToMet', 'changed', 'unchanged'].forEach(function (k) {
                var part = a.body[k];
                result.appendChild(el('div', {'data-sla-admin-recalc-count': k}, [t('recalc.' + k, part.count) + (part.examples && part.examples.length ? ' (' + part.examples.join(', ') + ')' : '')]));
              });
              var failed = a.body.failed && typeof a.body.failed === 'object' ? a.body.failed.count : a.body.failed;
              if (failed) { result.appendChild(el('div', {'class': 'error'}, [t('recalc.failed', failed)])); }
            });
          }}, [t('recalc.preview')]),
          el('button', {type: 'button', 'class': 'aui-button aui-button-primary', 'data-sla-admin-recalc-start': true, onclick: function () {
            call('POST', 'admin/recalculation', body()).then(function (a) {
              if (a.status === 200) { say(t('recalc.started', a.body.total), 'success'); showRuns(); } else { refused(a); }
            });
          }}, [t('recalc.start')])
        ])])
      ]));
      section.appendChild(result);
      section.appendChild(el('h4', {text: t('recalc.runs')}));
      section.appendChild(runs);
      function showRuns() {
        clearTimeout(polling);
        call('GET', 'admin/recalculation').then(function (a) {
          if (a.status !== 200) { return; }
          runs.innerHTML = '';
          var running = false;
          a.body.forEach(function (run) {
            var percent = run.total ? Math.floor(100 * run.done / run.total) : 100;
            running = running || run.status === 'RUNNING';
            runs.appendChild(el('div', {'class': 'sla-admin-run', 'data-sla-admin-run': run.id, 'data-status': run.status}, [
              el('div', {}, [t('recalc.run', run.scope && run.scope.scope ? run.scope.scope : JSON.stringify(run.scope), run.requestedBy, when(run.requestedAt), t('recalc.status.' + run.status))]),
              el('div', {'class': 'aui-progress-indicator', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(run.total), 'aria-valuenow': String(run.done), 'aria-label': t('recalc.progress', run.done, run.total)}, [
                el('span', {'class': 'aui-progress-indicator-value', style: 'width: ' + percent + '%'})]),
              el('div', {'data-sla-admin-run-progress': run.id}, [t('recalc.progress', run.done, run.total)]),
              run.status === 'RUNNING' ? el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-recalc-cancel': run.id, onclick: function () {
                call('POST', 'admin/recalculation/' + run.id + '/cancel', {}).then(function () { showRuns(); });
              }}, [t('recalc.cancel')]) : null
            ]));
          });
          if (running && !sections.recalculation.hidden) { polling = setTimeout(showRuns, 2000); }
        });
      }
      showRuns();
    };

    // ---- exclusion windows: spans no clock counts, for every issue or one ----
    loaders.exclusions = function () {
      var section = sections.exclusions;
      section.innerHTML = '';
      call('GET', 'admin/exclusions').then(function (a) {
        if (a.status !== 200) { refused(a); return; }
        section.appendChild(el('h3', {text: t('exclusions.title')}));
        section.appendChild(el('p', {'class': 'description', text: t('exclusions.hint')}));
        var body = el('tbody', {});
        a.body.forEach(function (w) {
          body.appendChild(el('tr', {'data-sla-admin-exclusion': w.id}, [
            el('td', {text: when(w.from)}),
            el('td', {text: when(w.to)}),
            el('td', {text: w.global ? t('exclusions.every') : (w.issueKey || ('#' + w.issueId))}),
            el('td', {text: w.reason}),
            el('td', {}, [el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-exclusion-remove': w.id, onclick: function () {
              call('DELETE', 'admin/exclusions?id=' + encodeURIComponent(w.id)).then(function (r) {
                if (r.status === 200) { say(t('exclusions.removed'), 'success'); loaders.exclusions(); } else { refused(r); }
              });
            }}, [t('remove')])])]));
        });
        section.appendChild(el('table', {'class': 'aui', 'data-sla-admin-exclusions': true}, [el('thead', {}, [el('tr', {}, ['from', 'to', 'issue', 'reason', ''].map(function (k) {
          return el('th', {text: k ? t('exclusions.' + k) : ''});
        }))]), body]));
        var from = el('input', {type: 'datetime-local', 'class': 'text medium-field', id: 'sla-admin-exclusion-from', 'data-sla-admin-exclusion-from': true});
        var to = el('input', {type: 'datetime-local', 'class': 'text medium-field', id: 'sla-admin-exclusion-to', 'data-sla-admin-exclusion-to': true});
        var issue = el('input', {'class': 'text medium-field', id: 'sla-admin-exclusion-issue', placeholder: 'HELP-12', 'data-sla-admin-exclusion-issue': true});
        var reason = el('input', {'class': 'text long-field', id: 'sla-admin-exclusion-reason', 'data-sla-admin-exclusion-reason': true});
        var form = el('form', {'class': 'aui', oninput: markDirty, onsubmit: function (e) {
          e.preventDefault();
          var request = {from: instantOf(from.value), to: instantOf(to.value), reason: reason.value};
          if (issue.value.trim()) { request.issue = issue.value.trim(); }
          call('POST', 'admin/exclusions', request).then(function (r) {
            if (r.status === 200) { dirty = false; say(t('exclusions.added'), 'success'); loaders.exclusions(); return; }
            showProblems(form, [{path: '', message: r.body && r.body.message ? r.body.message : t('failed', r.status)}], function () { return null; });
          });
        }}, [el('h4', {text: t('exclusions.new')}),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-from', text: t('exclusions.from')}), from]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-to', text: t('exclusions.to')}), to,
            el('div', {'class': 'description', 'data-sla-admin-zone': true, text: t('zone', zone || Intl.DateTimeFormat().resolvedOptions().timeZone)})]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-issue', text: t('exclusions.issue')}), issue,
            el('div', {'class': 'description', text: t('exclusions.issueHint')})]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-reason', text: t('exclusions.reason')}), reason]),
          el('div', {'class': 'sla-admin-general-errors'}),
          el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', 'data-sla-admin-exclusion-add': true}, [t('exclusions.add')])])])]);
        section.appendChild(form);
      });
    };

    // ---- reminders and escalations: what waits, what failed for good and why ----
    function alertsHealth(section, a) {
      if (!a) { return; }
      var box = el('div', {'data-sla-admin-alert-health': true});
      box.appendChild(el('h4', {text: t('alerts.title')}));
      box.appendChild(el('p', {'data-sla-admin-alerts-waiting': a.pending + a.claimed, 'data-sla-admin-alerts-retrying': a.retrying},
        [t('alerts.waiting', a.pending + a.claimed, a.retrying)]));
      if (a.failed.length === 0) {
        box.appendChild(el('p', {'data-sla-admin-alerts-failed': 0}, [t('alerts.noneFailed')]));
      } else {
        box.appendChild(el('p', {'data-sla-admin-alerts-failed': a.failed.length}, [t('alerts.failed', a.failed.length)]));
        var rows = el('tbody', {});
        a.failed.forEach(function (f) {
          rows.appendChild(el('tr', {'data-sla-admin-alert-failed': f.issueId}, [
            el('td', {text: f.issueKey || ('#' + f.issueId)}), el('td', {text: f.metricId}), el('td', {text: f.trigger}),
            el('td', {text: when(f.dueAt)}), el('td', {text: when(f.failedAt)}), el('td', {text: f.outcome})]));
        });
        box.appendChild(el('table', {'class': 'aui'}, [el('thead', {}, [el('tr', {}, ['issue', 'metric', 'trigger', 'due', 'failedAt', 'why'].map(function (k) {
          return el('th', {text: t('alerts.' + k)});
        }))]), rows]));
      }
      section.appendChild(box);
    }

    // ---- the worker's health: backlog, parked issues, retry ----
    loaders.worker = function () {
      var section = sections.worker;
      section.innerHTML = '';
      call('GET', 'admin/worker?limit=100').then(function (a) {
        if (a.status !== 200) { refused(a); return; }
        var h = a.body;
        section.appendChild(el('h3', {text: t('worker.title')}));
        section.appendChild(el('p', {'data-sla-admin-worker-backlog': h.backlog}, [
          h.backlog === 0 ? t('worker.idle') : t('worker.backlog', h.backlog, when(h.oldestWaiting))]));
        section.appendChild(el('p', {'data-sla-admin-worker-parked': h.parkedCount}, [t('worker.parked', h.parkedCount)]));
        alertsHealth(section, h.alerts);
        if (h.parkedCount === 0) { return; }
        var body = el('tbody', {});
        h.parked.forEach(function (p) {
          body.appendChild(el('tr', {'data-sla-admin-parked': p.issueId}, [
            el('td', {text: p.issueKey || ('#' + p.issueId)}), el('td', {text: String(p.attempts)}),
            el('td', {text: p.lastError}), el('td', {text: p.parkedAt ? when(p.parkedAt) : ''}),
            el('td', {}, [el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-retry': p.issueId, onclick: function () {
              call('POST', 'admin/worker/retry', {issueIds: [p.issueId]}).then(function (r) {
                if (r.status === 200) { say(t('worker.retried', r.body.retried), 'success'); loaders.worker(); } else { refused(r); }
              });
            }}, [t('worker.retry')])])]));
        });
        section.appendChild(el('table', {'class': 'aui'}, [el('thead', {}, [el('tr', {}, ['issue', 'attempts', 'error', 'parkedAt', ''].map(function (k) {
          return el('th', {text: k ? t('worker.' + k) : ''});
        }))]), body]));
        section.appendChild(el('button', {type: 'button', 'class': 'aui-button aui-button-primary', 'data-sla-admin-retry-all': true, onclick: function () {
          call('POST', 'admin/worker/retry', {all: true}).then(function (r) {
            if (r.status === 200) { say(t('worker.retried', r.body.retried), 'success'); loaders.worker(); } else { refused(r); }
          });
        }}, [t('worker.retryAll')]));
      });
    };

    // ---- import and export ----
    loaders.transfer = function () {
      var section = sections.transfer;
      section.innerHTML = '';
      var file = el('input', {type: 'file', accept: '.json,application/json', 'class': 'upfile', id: 'sla-admin-import', 'data-sla-admin-import-file': true});
      var report = el('div', {'class': 'sla-admin-general-errors', 'data-sla-admin-import-report': true});
      section.appendChild(el('h3', {text: t('transfer.title')}));
      section.appendChild(el('p', {}, [el('a', {'class': 'aui-button', href: rest + 'admin/configuration?download=true', 'data-sla-admin-export': true}, [t('transfer.export')])]));
      section.appendChild(el('form', {'class': 'aui', onsubmit: function (e) {
        e.preventDefault();
        if (!file.files || !file.files[0]) { say(t('transfer.choose'), 'warning'); return; }
        file.files[0].text().then(function (text) {
          return call('PUT', 'admin/configuration', text).then(function (answer) {
            report.innerHTML = '';
            if (answer.status === 200) { saved(answer, t('transfer.file')); return; }
            (answer.body && answer.body.problems || []).forEach(function (p) {
              report.appendChild(el('div', {'class': 'error sla-admin-error', 'data-sla-admin-error': p.path}, [(p.kind ? p.kind + ' ' + p.id + ' ' : '') + (p.path ? p.path + ': ' : '') + p.message]));
            });
            refused(answer);
          });
        });
      }}, [el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-import', text: t('transfer.import')}), file,
        el('div', {'class': 'description', text: t('transfer.importHint')})]), report,
        el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', 'data-sla-admin-import': true}, [t('transfer.importButton')])])])]));
    };

    // ---- audit log ----
    loaders.audit = function () {
      var section = sections.audit;
      section.innerHTML = '';
      call('GET', 'admin/audit?limit=100').then(function (answer) {
        if (answer.status !== 200) { refused(answer); return; }
        var body = el('tbody', {});
        answer.body.forEach(function (entry) {
          var diff = el('td', {colspan: '5', 'class': 'sla-admin-diff', 'data-sla-admin-diff': entry.id, hidden: true});
          var toggle = el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'aria-expanded': 'false', 'data-sla-admin-show-diff': entry.id, onclick: function () {
            var open = diff.hidden;
            diff.hidden = !open;
            toggle.setAttribute('aria-expanded', String(open));
            if (open && !diff.firstChild) { diff.appendChild(renderDiff(entry.before, entry.after)); }
          }}, [t('audit.changes')]);
          body.appendChild(el('tr', {'data-sla-admin-audit': entry.id}, [
            el('td', {text: when(entry.at)}),
            el('td', {text: entry.actor}), el('td', {text: entry.action}), el('td', {text: entry.subject}), el('td', {}, [toggle])]));
          body.appendChild(el('tr', {}, [diff]));
        });
        section.appendChild(el('h3', {text: t('audit.title')}));
        section.appendChild(el('table', {'class': 'aui sla-admin-audit', 'data-sla-admin-audit-table': true}, [
          el('thead', {}, [el('tr', {}, ['when', 'who', 'action', 'subject', ''].map(function (h) { return el('th', {text: h ? t('audit.' + h) : ''}); }))]), body]));
      });
    };

    /** A line diff of two JSON documents (pretty printed), added and removed lines marked. */
    function renderDiff(before, after) {
      function lines(text) {
        if (!text) { return []; }
        try { return JSON.stringify(JSON.parse(text), null, 2).split('\n'); } catch (e) { return text.split('\n'); }
      }
      var a = lines(before);
      var b = lines(after);
      var n = a.length;
      var m = b.length;
      var lcs = [];
      for (var i = 0; i <= n; i++) { lcs.push(new Array(m + 1).fill(0)); }
      for (i = n - 1; i >= 0; i--) {
        for (var j = m - 1; j >= 0; j--) {
          lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
      }
      var out = el('pre', {'class': 'sla-admin-diff-lines'});
      i = 0; j = 0;
      function line(kind, text) {
        out.appendChild(el('span', {'class': 'sla-admin-diff-' + kind, 'data-sla-admin-diff-line': kind}, [(kind === 'added' ? '+ ' : kind === 'removed' ? '- ' : '  ') + text + '\n']));
      }
      while (i < n && j < m) {
        if (a[i] === b[j]) { line('same', a[i]); i++; j++; } else if (lcs[i + 1][j] >= lcs[i][j + 1]) { line('removed', a[i]); i++; } else { line('added', b[j]); j++; }
      }
      while (i < n) { line('removed', a[i++]); }
      while (j < m) { line('added', b[j++]); }
      return out;
    }

    var start = (window.location.hash || '#calendars').substring(1);
    show(sections[start] ? start : 'calendars');
  }

  function boot() {
    document.querySelectorAll('[data-sla-admin]').forEach(function (root) {
      if (!root.hasAttribute('data-sla-admin-ready')) {
        root.setAttribute('data-sla-admin-ready', '');
        init(root);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
})();
