// tsuzuri serve: brings the page up to date when its note changes (Server-Sent Events), fits the
// HTML view to its content, and asks for the slides and the PDF once the text is shown.
(function () {
  'use strict';
  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var view = document.getElementById('html');
  var extrasAsked = false;
  var slidesRequest = null;

  var events = body.getAttribute('data-events');
  if (events && window.EventSource) {
    var source = new EventSource(events);
    source.addEventListener('reload', function () {
      if (view) {
        refresh();
      } else {
        source.close();
        location.reload();
      }
    });
  }

  // A note's page is brought up to date in place: the header, the warnings and the error from a
  // fresh copy of the page, then the HTML view; the slides and the PDF follow once the text is
  // in, so the new text shows before the slow formats are asked for. A page whose frames come
  // or go (an error appears or is fixed) is loaded again whole.
  function refresh() {
    // the slides and the PDF of the old text may still be on their way: they would hold the
    // browser's few connections to the server while the new text waits
    if (slidesRequest) {
      slidesRequest.abort();
      slidesRequest = null;
    }
    var pdf = document.getElementById('pdf');
    if (pdf && pdf.getAttribute('src')) {
      pdf.src = 'about:blank';
    }
    fetch(location.href, {cache: 'no-store'}).then(function (r) {
      return r.text();
    }).then(function (text) {
      var fresh = new DOMParser().parseFromString(text, 'text/html');
      if (!fresh.getElementById('html')) {
        location.reload();
        return;
      }
      document.title = fresh.title;
      document.querySelector('header').replaceWith(
          document.importNode(fresh.querySelector('header'), true));
      var main = document.querySelector('main');
      var panes = main.querySelector('.panes');
      Array.prototype.slice.call(main.children).forEach(function (child) {
        if (child !== panes) {
          main.removeChild(child);
        }
      });
      Array.prototype.slice.call(fresh.querySelector('main').children).forEach(function (c) {
        if (!c.classList.contains('panes')) {
          main.insertBefore(document.importNode(c, true), panes);
        }
      });
      extrasAsked = false;
      view.contentWindow.location.replace(view.getAttribute('src'));
    }).catch(function () {
      location.reload();
    });
  }

  if (view) {
    var fit = function () {
      try {
        var doc = view.contentDocument;
        if (doc && doc.documentElement) {
          view.style.height = (doc.documentElement.scrollHeight + 24) + 'px';
        }
      } catch (e) {
        // another origin: keep the default height
      }
    };
    view.addEventListener('load', function () {
      fit();
      if (!extrasAsked) {
        extrasAsked = true;
        loadSlides();
        var pdf = document.getElementById('pdf');
        if (pdf) {
          // a new address each time, so the viewer loads the new PDF
          pdf.src = pdf.getAttribute('data-src') + '?t=' + Date.now();
        }
      }
    });
    window.addEventListener('resize', fit);
  }

  function loadSlides() {
    var slides = document.getElementById('slides');
    if (!slides || !window.fetch) {
      return;
    }
    var pending = slides.querySelector('.pending');
    var thumbs = slides.querySelector('.thumbs');
    pending.className = 'pending';
    pending.textContent = 'drawing the slides…';
    slidesRequest = window.AbortController ? new AbortController() : null;
    fetch(slides.getAttribute('data-src'), {cache: 'no-store',
        signal: slidesRequest ? slidesRequest.signal : undefined}).then(function (r) {
      return r.json();
    }).then(function (list) {
      thumbs.textContent = '';
      // how many times the slides came, for whoever waits for them (the browser test)
      slides.setAttribute('data-loads', Number(slides.getAttribute('data-loads') || 0) + 1);
      if (list.error) {
        pending.textContent = list.error;
        pending.className = 'error';
        return;
      }
      pending.textContent = list.slides.length + (list.slides.length === 1 ? ' slide' : ' slides');
      var now = Date.now();
      list.slides.forEach(function (src, i) {
        var a = document.createElement('a');
        a.href = root + src;
        var img = document.createElement('img');
        img.src = root + src + '?t=' + now;
        img.alt = 'slide ' + (i + 1);
        img.loading = 'lazy';
        a.appendChild(img);
        thumbs.appendChild(a);
      });
    }).catch(function (e) {
      if (!e || e.name !== 'AbortError') {
        pending.textContent = 'the slides could not be drawn';
      }
    });
  }
})();
