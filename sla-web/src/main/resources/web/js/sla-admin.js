/*
 * SLA administration page (admin.vm), written once for Jira and the sandbox: calendars (week
 * editor with split and overnight shifts, holidays with iCalendar import, special working days,
 * live preview), policies (order by dragging or by keyboard, each policy's document), agents,
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
        var note = el('div', {'class': 'error sla-admin-error', 'data-sla-admin-error': problem.path || '', role: 'alert'},
          [(problem.path ? problem.path + ': ' : '') + problem.message]);
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
            el('span', {text: t('history.version', v.version, v.author, new Date(v.savedAt).toLocaleString(document.documentElement.lang || undefined)) + (v.deleted ? ' ' + t('history.deleted') : '')}),
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
            el('button', {type: 'button', 'class': 'aui-button aui-button-link', onclick: function () { editPolicy(policies[id]); }}, [policies[id].json.name || id]),
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
          editPolicy({kind: 'policy', id: '', version: 0, json: {id: '', name: '', scope: {projects: []}, metrics: []}});
        }}, [t('policies.new')]));
        section.appendChild(el('div', {'class': 'sla-admin-editor', 'data-sla-admin-editor': 'policy'}));
      });
    };

    function editPolicy(doc) {
      var editor = sections.policies.querySelector('[data-sla-admin-editor]');
      editor.innerHTML = '';
      var area = el('textarea', {'class': 'textarea sla-admin-json', rows: '24', id: 'sla-admin-policy-json', 'data-sla-admin-policy-json': true, spellcheck: 'false'});
      area.value = JSON.stringify(doc.json, null, 2);
      var form = el('form', {'class': 'aui', oninput: markDirty, onsubmit: function (e) { e.preventDefault(); }}, [
        el('h3', {text: doc.id ? t('policies.edit', doc.json.name || doc.id) : t('policies.new')}),
        el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-policy-json', text: t('policies.document')}), area,
          el('div', {'class': 'description', text: t('policies.documentHint')})]),
        el('div', {'class': 'sla-admin-general-errors'}),
        el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
          el('button', {type: 'button', 'class': 'aui-button aui-button-primary', 'data-sla-admin-save': 'policy', onclick: save}, [t('save')]),
          el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-whatif': 'policy', onclick: tryIt}, [t('whatif.try')]),
          doc.id ? el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-history': 'policy', onclick: function () {
            history('policy', doc.id, doc, form.querySelector('[data-sla-admin-history-list]'), form, loaders.policies);
          }}, [t('history.show')]) : null,
          doc.id ? el('button', {type: 'button', 'class': 'aui-button', 'data-sla-admin-delete': 'policy', onclick: remove}, [t('delete')]) : null
        ])]),
        el('div', {'class': 'sla-admin-whatif', 'data-sla-admin-whatif-result': 'policy', role: 'status', 'aria-live': 'polite'}),
        el('div', {'class': 'sla-admin-history', 'data-sla-admin-history-list': 'policy'})
      ]);
      function tryIt() {
        var json;
        try { json = JSON.parse(area.value); } catch (e) {
          showProblems(form, [{path: '', message: t('policies.notJson', e.message)}], function () { return null; });
          return;
        }
        whatIf('policy', doc.id || json.id || '', json, form.querySelector('[data-sla-admin-whatif-result]'), form);
      }
      editor.appendChild(form);
      function problems(answer) {
        showProblems(form, answer.body && answer.body.problems, function () { return null; });
        refused(answer);
      }
      function save() {
        var json;
        try { json = JSON.parse(area.value); } catch (e) {
          showProblems(form, [{path: '', message: t('policies.notJson', e.message)}], function () { return null; });
          return;
        }
        var id = doc.id || json.id || '';
        call('PUT', docPath('policy', id), {version: doc.version, json: json}).then(function (answer) {
          if (answer.status === 200) { saved(answer, id); loaders.policies(); } else { problems(answer); }
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
        if (scope.value === 'updated') { b.since = since.value ? since.value + 'T00:00:00Z' : ''; }
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
              el('div', {}, [t('recalc.run', run.scope && run.scope.scope ? run.scope.scope : JSON.stringify(run.scope), run.requestedBy, new Date(run.requestedAt).toLocaleString(document.documentElement.lang || undefined), t('recalc.status.' + run.status))]),
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
            el('td', {text: new Date(w.from).toLocaleString(document.documentElement.lang || undefined)}),
            el('td', {text: new Date(w.to).toLocaleString(document.documentElement.lang || undefined)}),
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
          function instant(v) { return v ? new Date(v).toISOString() : ''; }
          var request = {from: instant(from.value), to: instant(to.value), reason: reason.value};
          if (issue.value.trim()) { request.issue = issue.value.trim(); }
          call('POST', 'admin/exclusions', request).then(function (r) {
            if (r.status === 200) { dirty = false; say(t('exclusions.added'), 'success'); loaders.exclusions(); return; }
            showProblems(form, [{path: '', message: r.body && r.body.message ? r.body.message : t('failed', r.status)}], function () { return null; });
          });
        }}, [el('h4', {text: t('exclusions.new')}),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-from', text: t('exclusions.from')}), from]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-to', text: t('exclusions.to')}), to]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-issue', text: t('exclusions.issue')}), issue,
            el('div', {'class': 'description', text: t('exclusions.issueHint')})]),
          el('div', {'class': 'field-group'}, [el('label', {'for': 'sla-admin-exclusion-reason', text: t('exclusions.reason')}), reason]),
          el('div', {'class': 'sla-admin-general-errors'}),
          el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', 'data-sla-admin-exclusion-add': true}, [t('exclusions.add')])])])]);
        section.appendChild(form);
      });
    };

    // ---- the worker's health: backlog, parked issues, retry ----
    loaders.worker = function () {
      var section = sections.worker;
      section.innerHTML = '';
      call('GET', 'admin/worker?limit=100').then(function (a) {
        if (a.status !== 200) { refused(a); return; }
        var h = a.body;
        section.appendChild(el('h3', {text: t('worker.title')}));
        section.appendChild(el('p', {'data-sla-admin-worker-backlog': h.backlog}, [
          h.backlog === 0 ? t('worker.idle') : t('worker.backlog', h.backlog, new Date(h.oldestWaiting).toLocaleString(document.documentElement.lang || undefined))]));
        section.appendChild(el('p', {'data-sla-admin-worker-parked': h.parkedCount}, [t('worker.parked', h.parkedCount)]));
        if (h.parkedCount === 0) { return; }
        var body = el('tbody', {});
        h.parked.forEach(function (p) {
          body.appendChild(el('tr', {'data-sla-admin-parked': p.issueId}, [
            el('td', {text: p.issueKey || ('#' + p.issueId)}), el('td', {text: String(p.attempts)}),
            el('td', {text: p.lastError}), el('td', {text: p.parkedAt ? new Date(p.parkedAt).toLocaleString(document.documentElement.lang || undefined) : ''}),
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
            el('td', {text: new Date(entry.at).toLocaleString(document.documentElement.lang || undefined)}),
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
