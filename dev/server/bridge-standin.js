/*
 * Local stand-in for the script Jira injects first in a Custom UI iframe's <head>:
 * it provides globalThis.__bridge.callBridge(command, payload), which every
 * @forge/bridge API calls. Served as-is by the local runtime (dev/server);
 * the module context comes from this script tag's data-forge-context attribute.
 *
 *   invoke        -> POST /__forge/invoke {functionKey, payload, context}
 *   fetchProduct  -> POST /__forge/request-jira (acts as the context's user)
 *   getContext, enableTheming, resize, showFlag/closeFlag: implemented locally
 *   submit, close: on a dashboard gadget, save its configuration / back to its view; elsewhere stand-ins
 *   createHistory: full-page modules only (as Forge), starting at the route in the page address
 *     (data-forge-route) and mirroring each change there, so a copied address opens the same view
 *   navigate, open, refresh, on/emit: harmless stand-ins
 *   anything else: a console warning, resolves undefined
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var context = {};
  try {
    context = JSON.parse((script && script.getAttribute('data-forge-context')) || '{}');
  } catch (error) {
    console.error('[forge bridge stand-in] bad data-forge-context', error);
  }
  var colorMode = (context.theme && context.theme.colorMode) || 'light';
  var THEME_ATTR = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  function readJson(response) {
    return response.text().then(function (text) {
      return text ? JSON.parse(text) : undefined;
    });
  }

  function invoke(payload) {
    var request = { functionKey: payload.functionKey, payload: payload.payload || {}, context: clone(context) };
    return postJson('/__forge/invoke', request).then(function (response) {
      return readJson(response).then(function (body) {
        if (!response.ok) {
          var message = (body && body.error && body.error.message) || response.statusText;
          throw new Error('There was an error invoking the function - ' + message);
        }
        return payload.metadata ? { body: body, metadata: {} } : body;
      });
    });
  }

  function fetchProduct(payload) {
    if (payload.product !== 'jira') {
      return Promise.reject(new Error('The local runtime only proxies Jira requests (got ' + payload.product + ').'));
    }
    var init = payload.fetchRequestInit || {};
    return postJson('/__forge/request-jira', {
      restPath: payload.restPath,
      method: init.method || 'GET',
      headers: init.headers || [],
      body: init.body === undefined ? null : init.body,
      accountId: context.accountId,
    }).then(function (response) {
      return readJson(response).then(function (body) {
        if (!response.ok && !(body && typeof body.status === 'number')) {
          throw new Error('requestJira failed: ' + response.status);
        }
        return {
          body: body.body,
          headers: body.headers,
          status: body.status,
          statusText: body.statusText,
          isAttachment: false,
        };
      });
    });
  }

  var tokensLoaded = null;
  function enableTheming() {
    var html = document.documentElement;
    html.setAttribute('data-color-mode', colorMode);
    html.setAttribute('data-theme', THEME_ATTR);
    if (!tokensLoaded) {
      tokensLoaded = new Promise(function (resolve) {
        var link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/__forge/tokens.css';
        link.setAttribute('data-forge-tokens', '');
        link.onload = function () {
          resolve(undefined);
        };
        link.onerror = function () {
          console.warn('[forge bridge stand-in] could not load theme tokens');
          resolve(undefined);
        };
        document.head.appendChild(link);
      });
    }
    return tokensLoaded;
  }

  function toParent(message) {
    if (window.parent && window.parent !== window) window.parent.postMessage(message, window.location.origin);
  }

  var lastHeight = 0;
  function reportHeight() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== lastHeight) {
      lastHeight = height;
      toParent({ type: 'forge:resize', height: height });
    }
  }
  if (typeof ResizeObserver === 'function') {
    document.addEventListener('DOMContentLoaded', function () {
      new ResizeObserver(reportHeight).observe(document.documentElement);
      reportHeight();
    });
  }

  var flags = {};
  function flagHost() {
    var host = document.getElementById('forge-local-flags');
    if (!host) {
      host = document.createElement('div');
      host.id = 'forge-local-flags';
      host.setAttribute('role', 'status');
      host.style.cssText =
        'position:fixed;left:16px;bottom:16px;z-index:2147483647;display:flex;flex-direction:column;gap:8px;max-width:360px;font:14px system-ui,sans-serif';
      document.body.appendChild(host);
    }
    return host;
  }
  var FLAG_COLOURS = { success: '#22A06B', error: '#C9372C', warning: '#E2B203', info: '#0C66E4' };
  function showFlag(payload) {
    var toast = document.createElement('div');
    toast.setAttribute('data-testid', 'forge-flag');
    toast.style.cssText =
      'background:#fff;color:#172B4D;border-left:4px solid ' +
      (FLAG_COLOURS[payload.type] || FLAG_COLOURS.info) +
      ';box-shadow:0 4px 12px rgba(9,30,66,.25);border-radius:4px;padding:12px 16px';
    var title = document.createElement('strong');
    title.textContent = payload.title || '';
    toast.appendChild(title);
    if (payload.description) {
      var description = document.createElement('div');
      description.textContent = payload.description;
      toast.appendChild(description);
    }
    flagHost().appendChild(toast);
    flags[payload.id] = toast;
    if (payload.isAutoDismiss !== false) {
      setTimeout(function () {
        closeFlag({ id: payload.id });
      }, 8000);
    }
    return Promise.resolve(undefined);
  }
  function closeFlag(payload) {
    var toast = flags[payload.id];
    if (toast && toast.parentNode) toast.parentNode.removeChild(toast);
    delete flags[payload.id];
    return Promise.resolve(undefined);
  }

  var FULL_PAGE = ['jira:projectPage', 'jira:globalPage', 'jira:adminPage'];

  function createHistory() {
    if (FULL_PAGE.indexOf(context.extension && context.extension.type) < 0) {
      return Promise.reject(new Error('createHistory is only available in full-page modules'));
    }
    var listeners = [];
    var route = (script && script.getAttribute('data-forge-route')) || '/';
    var entries = [parse(route, null)];
    var index = 0;
    function parse(path, state) {
      var url = new URL(
        typeof path === 'string' ? path : (path.pathname || '/') + (path.search || '') + (path.hash || ''),
        'http://local',
      );
      return {
        pathname: url.pathname,
        search: url.search,
        hash: url.hash,
        state: state === undefined ? null : state,
        key: Math.random().toString(36).slice(2, 10),
      };
    }
    function emit(action) {
      history.location = entries[index];
      history.action = action;
      var at = entries[index];
      toParent({ type: 'forge:history', route: at.pathname + at.search + at.hash, push: action === 'PUSH' });
      listeners.slice().forEach(function (listener) {
        listener(entries[index], action);
      });
    }
    var history = {
      action: 'POP',
      location: entries[0],
      get length() {
        return entries.length;
      },
      push: function (path, state) {
        entries = entries.slice(0, index + 1);
        entries.push(parse(path, state));
        index = entries.length - 1;
        emit('PUSH');
      },
      replace: function (path, state) {
        entries[index] = parse(path, state);
        emit('REPLACE');
      },
      go: function (delta) {
        var next = Math.max(0, Math.min(entries.length - 1, index + delta));
        if (next !== index) {
          index = next;
          emit('POP');
        }
      },
      back: function () {
        history.go(-1);
      },
      forward: function () {
        history.go(1);
      },
      listen: function (listener) {
        listeners.push(listener);
        return function () {
          listeners = listeners.filter(function (l) {
            return l !== listener;
          });
        };
      },
      block: function () {
        return function () {};
      },
      createHref: function (location) {
        return typeof location === 'string'
          ? location
          : (location.pathname || '/') + (location.search || '') + (location.hash || '');
      },
    };
    return Promise.resolve(history);
  }

  function notice(text) {
    toParent({ type: 'forge:notice', text: text });
    console.info('[forge bridge stand-in] ' + text);
    return Promise.resolve(undefined);
  }

  // A dashboard gadget's edit view: the server keeps what it submits per gadget (as Jira does).
  function isGadget() {
    return context.extension && context.extension.type === 'jira:dashboardGadget' && context.extension.gadget;
  }
  function submitGadget(configuration) {
    return postJson('/__forge/gadget-configuration', {
      gadgetId: context.extension.gadget.id,
      configuration: configuration || {},
    }).then(function (response) {
      if (!response.ok)
        throw new Error('The local runtime did not save the gadget configuration (' + response.status + ').');
      toParent({ type: 'forge:gadget-view' });
      return true;
    });
  }

  var handlers = {
    invoke: invoke,
    fetchProduct: fetchProduct,
    getContext: function () {
      return Promise.resolve(clone(context));
    },
    enableTheming: enableTheming,
    resize: function () {
      reportHeight();
      return Promise.resolve(undefined);
    },
    showFlag: showFlag,
    closeFlag: closeFlag,
    createHistory: createHistory,
    navigate: function (payload) {
      var target = payload.url || (payload.target ? JSON.stringify(payload) : '');
      if (payload.url && /^https?:\/\//.test(payload.url) && payload.type === 'new-tab') {
        window.open(payload.url, '_blank', 'noopener');
        return Promise.resolve(undefined);
      }
      return notice('navigation requested (' + (payload.type || 'same-tab') + '): ' + target);
    },
    reload: function () {
      window.location.reload();
      return Promise.resolve(undefined);
    },
    open: function () {
      return notice('view.open() requested (modals are not emulated)');
    },
    openModal: function () {
      return notice('Modal requested (modals are not emulated)');
    },
    close: function () {
      if (isGadget()) {
        toParent({ type: 'forge:gadget-view' });
        return Promise.resolve(undefined);
      }
      return notice('view.close() requested');
    },
    submit: function (payload) {
      if (isGadget()) return submitGadget(payload);
      return notice('view.submit() requested');
    },
    refresh: function () {
      return notice('view.refresh() requested');
    },
    onClose: function () {
      return Promise.resolve(undefined);
    },
    changeWindowTitle: function (payload) {
      toParent({ type: 'forge:title', title: payload && payload.title });
      return Promise.resolve(undefined);
    },
    emitReadyEvent: function () {
      return Promise.resolve(undefined);
    },
    on: function () {
      return Promise.resolve({ unsubscribe: function () {} });
    },
    onPublic: function () {
      return Promise.resolve({ unsubscribe: function () {} });
    },
    emit: function () {
      return Promise.resolve(undefined);
    },
    emitPublic: function () {
      return Promise.resolve(undefined);
    },
    emitFrontendCustomMetric: function () {
      return Promise.resolve(undefined);
    },
    getFrameId: function () {
      return Promise.resolve(context.localId);
    },
  };

  window.__bridge = {
    callBridge: function (command, payload) {
      var handler = handlers[command];
      if (!handler) {
        console.warn('[forge bridge stand-in] "' + command + '" is not emulated locally; resolving undefined.');
        return Promise.resolve(undefined);
      }
      try {
        return Promise.resolve(handler(payload || {}));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
})();
