// tsuzuri serve: reloads the page when its note changes (Server-Sent Events), fits the HTML view
// to its content, and shows the slide pictures once they are drawn.
(function () {
  'use strict';
  var body = document.body;
  var root = body.getAttribute('data-root') || '';

  var events = body.getAttribute('data-events');
  if (events && window.EventSource) {
    var source = new EventSource(events);
    source.addEventListener('reload', function () {
      source.close();
      location.reload();
    });
  }

  // the slides and the PDF take seconds to make: they are asked for once the HTML view is in
  var view = document.getElementById('html');
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
    var started = false;
    view.addEventListener('load', function () {
      fit();
      if (!started) {
        started = true;
        loadSlides();
        var pdf = document.getElementById('pdf');
        if (pdf) {
          pdf.src = pdf.getAttribute('data-src');
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
    fetch(slides.getAttribute('data-src')).then(function (r) {
      return r.json();
    }).then(function (list) {
      if (list.error) {
        pending.textContent = list.error;
        pending.className = 'error';
        return;
      }
      pending.textContent = list.slides.length + (list.slides.length === 1 ? ' slide' : ' slides');
      list.slides.forEach(function (src, i) {
        var a = document.createElement('a');
        a.href = root + src;
        var img = document.createElement('img');
        img.src = root + src;
        img.alt = 'slide ' + (i + 1);
        img.loading = 'lazy';
        a.appendChild(img);
        thumbs.appendChild(a);
      });
    }).catch(function () {
      pending.textContent = 'the slides could not be drawn';
    });
  }
})();
