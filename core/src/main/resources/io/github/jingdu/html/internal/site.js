/* Jingdu's web reader: sentences that light up together, vocabulary pop-ups, the translation
   hidden for self-testing, keys, and the glossary's search. No library, no request. */
(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');

  function typing(target) {
    return target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
  }

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (window.innerHeight || doc.documentElement.clientHeight);
  }

  /* Sentences: each names its beads in data-bead (a free translation's sentence is in a bead
     with the literal translation and in one with the English); pointing at one lights every
     sentence that shares a bead with it, and brings the first of another text into view. */
  var lit = [];
  var litFor = null;
  function light(sentence) {
    if (sentence === litFor) {
      return;
    }
    lit.forEach(function (s) { s.classList.remove('lit'); });
    lit = [];
    litFor = sentence;
    sentence.getAttribute('data-bead').split(' ').forEach(function (bead) {
      doc.querySelectorAll('[data-bead~="' + bead + '"]').forEach(function (s) {
        if (lit.indexOf(s) < 0) {
          lit.push(s);
        }
      });
    });
    lit.forEach(function (s) { s.classList.add('lit'); });
    var text = sentence.closest('div');
    for (var i = 0; i < lit.length; i++) {
      if (lit[i].closest('div') !== text) {
        if (!inView(lit[i]) && !doc.documentElement.classList.contains('hide-translation')) {
          lit[i].scrollIntoView({ block: 'nearest' });
        }
        break;
      }
    }
  }
  doc.addEventListener('mouseover', function (e) {
    var s = e.target.closest && e.target.closest('.sentence[data-bead]');
    if (s) {
      light(s);
    }
  });

  /* Vocabulary pop-ups: a note opens under its word, takes the focus, and closes with Esc, its
     close button, a click elsewhere or its word again; the focus goes back to the word. */
  var open = null;
  var opener = null;
  function place(note, link) {
    var r = link.getBoundingClientRect();
    var width = Math.min(note.offsetWidth, doc.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - width - 8));
    note.style.left = (left + window.scrollX) + 'px';
    note.style.top = (r.bottom + window.scrollY + 4) + 'px';
  }
  function show(link) {
    var note = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!note) {
      return false;
    }
    hide(false);
    if (!note.querySelector('.close')) {
      var close = doc.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.setAttribute('aria-label', 'Close the note');
      close.textContent = '×';
      note.insertBefore(close, note.firstChild);
    }
    note.setAttribute('tabindex', '-1');
    note.classList.add('open');
    place(note, link);
    open = note;
    opener = link;
    note.focus({ preventScroll: true });
    return true;
  }
  function hide(refocus) {
    if (!open) {
      return;
    }
    open.classList.remove('open');
    var back = opener;
    open = null;
    opener = null;
    if (refocus && back) {
      back.focus();
    }
  }
  doc.addEventListener('click', function (e) {
    var t = e.target;
    var link = t.closest && t.closest('a.noteref');
    if (link) {
      var target = doc.getElementById(decodeURIComponent(link.hash.slice(1)));
      e.preventDefault();
      if (open && open === target) {
        hide(true);
      } else {
        show(link);
      }
      return;
    }
    if (t.closest && t.closest('.close') && open) {
      hide(true);
      return;
    }
    var s = t.closest && t.closest('.sentence[data-bead]');
    if (s) {
      light(s);
    }
    if (open && !open.contains(t)) {
      hide(false);
    }
  });

  /* The translation, hidden and shown again: a learner tests themselves on the English. */
  var toggle = doc.querySelector('.toggle-translation');
  function flip() {
    var hidden = doc.documentElement.classList.toggle('hide-translation');
    toggle.setAttribute('aria-pressed', hidden ? 'true' : 'false');
    toggle.textContent = hidden ? 'Show the translation' : 'Hide the translation';
  }
  if (toggle) {
    toggle.addEventListener('click', flip);
  }

  /* Keys: j and k between passages, t for the translation, Esc closes a note. */
  function passages() {
    return Array.prototype.slice.call(doc.querySelectorAll('section.passage, section.translation-unit'));
  }
  function go(step) {
    var all = passages();
    if (!all.length) {
      return;
    }
    var current = -1;
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().top <= 1) {
        current = i;
      }
    }
    if (doc.activeElement && all.indexOf(doc.activeElement) >= 0) {
      current = all.indexOf(doc.activeElement);
    }
    var next = Math.max(0, Math.min(all.length - 1, current + step));
    all[next].setAttribute('tabindex', '-1');
    all[next].focus({ preventScroll: true });
    all[next].scrollIntoView({ block: 'start' });
  }
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && open) {
      hide(true);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) {
      return;
    }
    if (e.key === 'j') {
      go(1);
    } else if (e.key === 'k') {
      go(-1);
    } else if (e.key === 't' && toggle) {
      flip();
    }
  });

  /* The glossary: instant search over every word (glossary/words.js) by headword, Chinese or
     pinyin, tones and spaces aside, in three orders; the first hundred matches are listed. */
  var q = doc.getElementById('q');
  var results = doc.getElementById('results');
  var words = window.jingduGlossary;
  if (q && results && words) {
    var LIMIT = 100;
    var found = doc.getElementById('found');
    var sort = doc.getElementById('sort');
    var fold = function (s) {
      return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    };
    var entries = words.map(function (w, i) {
      var sound = fold(w[2]);
      return { headword: w[0], meaning: w[1], href: w[3], count: w[4], first: w[5], az: i,
        text: fold(w[0] + ' ' + w[1]) + ' ' + sound + ' ' + sound.replace(/ /g, '') };
    });
    var show = function () {
      var terms = fold(q.value).trim().split(/\s+/).filter(Boolean);
      var joined = terms.join('');
      var match = entries.filter(function (e) {
        return !terms.length || e.text.indexOf(joined) >= 0 || terms.every(function (t) {
          return e.text.indexOf(t) >= 0;
        });
      });
      var by = sort.value;
      match.sort(function (a, b) {
        return (by === 'count' ? b.count - a.count : by === 'first' ? a.first - b.first : 0) || a.az - b.az;
      });
      results.textContent = '';
      match.slice(0, LIMIT).forEach(function (e) {
        var li = doc.createElement('li');
        var a = doc.createElement('a');
        a.href = e.href;
        a.lang = 'en';
        a.textContent = e.headword;
        li.appendChild(a);
        if (e.meaning) {
          var m = doc.createElement('span');
          m.lang = 'zh-CN';
          m.textContent = ' ' + e.meaning;
          li.appendChild(m);
        }
        results.appendChild(li);
      });
      found.textContent = match.length + (match.length === 1 ? ' entry' : ' entries')
        + (match.length > LIMIT ? ', the first ' + LIMIT + ' shown' : '');
    };
    q.addEventListener('input', show);
    sort.addEventListener('change', show);
    show();
  }
}());
