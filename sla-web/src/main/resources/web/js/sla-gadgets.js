/*
 * SLA Clocks: the dashboard items (compliance, about to breach, heat map) of Jira's dashboard.
 * Jira's dashboard calls each item's AMD module with its API: render() fetches the item's body,
 * drawn on the server by the web layer (ReportPages#gadget, reports.vm) from the item's preferences
 * (projects and filter); renderEdit() fetches the configuration form and saves what is chosen as
 * the item's preferences. No chart library: the heat map is SVG drawn on the server.
 */
(function (define) {
  'use strict';
  if (typeof define !== 'function') {
    return;
  }
  var BASE = '/plugins/servlet/sla-clocks/reports/gadget/';

  function contextPath() {
    return window.AJS && AJS.contextPath ? AJS.contextPath() : '';
  }

  /** The preferences as the body's query string: project (repeated) and filter. */
  function query(preferences) {
    var parts = [];
    var projects = (preferences && preferences.projects) || '';
    projects.split(',').forEach(function (p) {
      if (p) {
        parts.push('project=' + encodeURIComponent(p));
      }
    });
    if (preferences && preferences.filter) {
      parts.push('filter=' + encodeURIComponent(preferences.filter));
    }
    return parts.join('&');
  }

  function item(kind, $) {
    function Item(API) {
      this.API = API;
    }

    Item.prototype.render = function (context, preferences) {
      var api = this.API;
      var url = contextPath() + BASE + kind + '?' + query(preferences);
      api.showLoadingBar();
      $.ajax({ url: url, dataType: 'html', cache: false })
        .done(function (html) {
          // escaped on the server: the body is the web layer's template output
          $(context).html(html);
        })
        .fail(function (xhr) {
          $(context).empty().append($('<p class="aui-message aui-message-error">').text(xhr.statusText));
        })
        .always(function () {
          api.hideLoadingBar();
          api.resize();
        });
    };

    Item.prototype.renderEdit = function (context, preferences) {
      var api = this.API;
      var url = contextPath() + BASE + kind + '/edit?' + query(preferences);
      $.ajax({ url: url, dataType: 'html', cache: false }).done(function (html) {
        var $context = $(context).html(html);
        $context.find('form[data-sla-gadget-form]').on('submit', function (event) {
          event.preventDefault();
          var projects = [];
          $(this).find('input[name=project]:checked').each(function () {
            projects.push(this.value);
          });
          api.savePreferences({
            projects: projects.join(','),
            filter: $(this).find('input[name=filter]').val() || ''
          });
        });
        api.resize();
      });
    };
    return Item;
  }

  ['compliance', 'about', 'heatmap'].forEach(function (kind) {
    define('slaclocks/gadget/' + kind, ['jquery'], function ($) {
      return item(kind, $);
    });
  });
})(window.define);
