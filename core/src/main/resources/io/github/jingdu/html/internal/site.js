/* Jingdu's web reader: sentences that light up together, vocabulary pop-ups, the translation
   hidden for self-testing, keys, and the glossary's search. No library, no request. */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  root.classList.add('js');
  doc.querySelectorAll('.toggle-translation[hidden], .keys[hidden]').forEach(function (e) {
    e.hidden = false;
  });

  function typing(target) {
    return target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
  }

  /* In view: below the sticky bar and above the window's bottom. */
  function inView(el) {
    var bar = doc.querySelector('.bar');
    var top = bar ? bar.getBoundingClientRect().bottom : 0;
    var r = el.getBoundingClientRect();
    return r.top >= top && r.bottom <= (window.innerHeight || root.clientHeight);
  }

  var sideBySide = window.matchMedia('(min-width: 60em)');

  /* Sentences: each names its beads in data-bead (a free translation's sentence is in a bead
     with the literal translation and in one with the English); pointing at one lights every
     sentence that shares a bead with it. The first of another text is brought into view on a
     tap or a click, and on hover only where the texts stand side by side: in one column,
     scrolling under a still mouse would point it at another sentence. */
  var lit = [];
  var litFor = null;
  function light(sentence, scroll) {
    if (sentence !== litFor) {
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
    }
    if (!scroll || root.classList.contains('hide-translation')) {
      return;
    }
    var text = sentence.closest('div');
    for (var i = 0; i < lit.length; i++) {
      if (lit[i].closest('div') !== text) {
        if (!inView(lit[i])) {
          lit[i].scrollIntoView({ block: 'nearest' });
        }
        return;
      }
    }
  }
  doc.addEventListener('mouseover', function (e) {
    var s = e.target.closest && e.target.closest('.sentence[data-bead]');
    if (s) {
      light(s, sideBySide.matches);
    }
  });

  /* Vocabulary pop-ups: a note opens under its word and takes the focus; Esc, its close button or
     the word again close it and give the focus back to the word; a click elsewhere, or the focus
     leaving the note, closes it too. */
  var open = null;
  var opener = null;
  doc.querySelectorAll('a.noteref').forEach(function (link) {
    link.setAttribute('aria-controls', link.hash.slice(1));
    link.setAttribute('aria-expanded', 'false');
  });
  function noteOf(link) {
    return doc.getElementById(decodeURIComponent(link.hash.slice(1)));
  }
  function place(note, link) {
    var r = link.getBoundingClientRect();
    var width = Math.min(note.offsetWidth, root.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left, root.clientWidth - width - 8));
    note.style.left = (left + window.scrollX) + 'px';
    note.style.top = (r.bottom + window.scrollY + 4) + 'px';
  }
  function showNote(link) {
    var note = noteOf(link);
    if (!note) {
      return;
    }
    hideNote(false);
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
    link.setAttribute('aria-expanded', 'true');
    open = note;
    opener = link;
    note.focus({ preventScroll: true });
  }
  function hideNote(refocus) {
    if (!open) {
      return;
    }
    open.classList.remove('open');
    opener.setAttribute('aria-expanded', 'false');
    var back = opener;
    open = null;
    opener = null;
    if (refocus) {
      back.focus();
    }
  }
  doc.addEventListener('click', function (e) {
    var t = e.target;
    var link = t.closest && t.closest('a.noteref');
    if (link) {
      e.preventDefault();
      if (open && open === noteOf(link)) {
        hideNote(true);
      } else {
        showNote(link);
      }
      return;
    }
    if (t.closest && t.closest('.close') && open) {
      hideNote(true);
      return;
    }
    var s = t.closest && t.closest('.sentence[data-bead]');
    if (s) {
      light(s, true);
    }
    if (open && !open.contains(t)) {
      hideNote(false);
    }
  });
  doc.addEventListener('focusout', function (e) {
    if (open && open.contains(e.target) && e.relatedTarget && !open.contains(e.relatedTarget)
        && e.relatedTarget !== opener) {
      hideNote(false);
    }
  });
  /* A link to a note from elsewhere (the glossary's "Studied in"): the note is a pop-up, hidden
     until opened, so its word is brought into view and the note opened there. */
  function openFromHash() {
    var target = location.hash.length > 1 && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    var note = target && target.closest('aside.note');
    var link = note && doc.querySelector('a.noteref[href="#' + note.id + '"]');
    if (link) {
      link.scrollIntoView({ block: 'center' });
      showNote(link);
    }
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();

  /* The translation, hidden and shown again: a learner tests themselves on the English. */
  var toggle = doc.querySelector('.toggle-translation');
  function flip() {
    var hidden = root.classList.toggle('hide-translation');
    toggle.setAttribute('aria-pressed', hidden ? 'true' : 'false');
  }
  if (toggle) {
    toggle.addEventListener('click', flip);
  }

  /* Keys: j and k between passages, t for the translation, Esc closes a note. The single keys can
     be turned off (a speech user's words would otherwise trigger them); the choice is kept. */
  var keys = doc.getElementById('keys');
  var KEPT = 'jingdu.keys';
  function stored() {
    try {
      return window.localStorage.getItem(KEPT);
    } catch (err) {
      return null;
    }
  }
  if (keys) {
    keys.checked = stored() !== 'off';
    keys.addEventListener('change', function () {
      try {
        window.localStorage.setItem(KEPT, keys.checked ? 'on' : 'off');
      } catch (err) {
        /* Storage refused (a private window, a file:// page in some browsers): this page only. */
      }
    });
  }
  function passages() {
    return Array.prototype.slice.call(doc.querySelectorAll('section.passage, section.translation-unit'));
  }
  function go(step) {
    var all = passages();
    if (!all.length) {
      return;
    }
    var bar = doc.querySelector('.bar');
    var top = (bar ? bar.getBoundingClientRect().bottom : 0) + 1;
    var current = -1;
    for (var i = 0; i < all.length; i++) {
      if (all[i].getBoundingClientRect().top <= top) {
        current = i;
      }
    }
    if (all.indexOf(doc.activeElement) >= 0) {
      current = all.indexOf(doc.activeElement);
    }
    var next = Math.max(0, Math.min(all.length - 1, current + step));
    all[next].setAttribute('tabindex', '-1');
    all[next].focus({ preventScroll: true });
    all[next].scrollIntoView({ block: 'start' });
  }
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && open) {
      hideNote(true);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || (keys && !keys.checked)) {
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
     pinyin, tones and spaces aside. Pinyin matches from the start of a syllable, syllable after
     syllable (lidu, li du, lì dù, or the start of the last one: lid). The headword itself, then
     headwords that start with the search, come first; then the chosen order. The first hundred
     are listed. */
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
    var han = /[\u3400-\u9fff\uf900-\ufaff]/;
    var entries = words.map(function (w, i) {
      return { headword: w[0], meaning: w[1], href: w[3], count: w[4], first: w[5], az: i,
        key: fold(w[0]), text: fold(w[0] + ' ' + w[1]), syllables: w[2].split(' ').filter(Boolean) };
    });
    var fromSyllable = function (syllables, start, query) {
      var at = 0;
      for (var i = start; i < syllables.length && at < query.length; i++) {
        var rest = query.slice(at);
        if (rest.indexOf(syllables[i]) === 0) {
          at += syllables[i].length;
        } else {
          return syllables[i].indexOf(rest) === 0;
        }
      }
      return at >= query.length;
    };
    var sounds = function (e, query) {
      for (var i = 0; i < e.syllables.length; i++) {
        if (fromSyllable(e.syllables, i, query)) {
          return true;
        }
      }
      return false;
    };
    var rank = function (e, terms, joined) {
      if (!terms.length) {
        return 3;
      }
      if (e.key === joined || e.key === terms.join(' ')) {
        return 0;
      }
      if (e.key.indexOf(terms.join(' ')) === 0) {
        return 1;
      }
      if (terms.every(function (t) { return e.text.indexOf(t) >= 0; })) {
        return 2;
      }
      return sounds(e, joined) ? 3 : -1;
    };
    var search = function () {
      var terms = fold(q.value).trim().split(/\s+/).filter(Boolean);
      var joined = terms.join('');
      var by = sort.value;
      var match = [];
      entries.forEach(function (e) {
        var r = rank(e, terms, joined);
        if (r >= 0) {
          match.push({ entry: e, rank: r });
        }
      });
      match.sort(function (a, b) {
        var x = a.entry;
        var y = b.entry;
        return a.rank - b.rank
          || (by === 'count' ? y.count - x.count : by === 'first' ? x.first - y.first : 0) || x.az - y.az;
      });
      results.textContent = '';
      match.slice(0, LIMIT).forEach(function (m) {
        var li = doc.createElement('li');
        var a = doc.createElement('a');
        a.href = m.entry.href;
        a.lang = 'en';
        a.textContent = m.entry.headword;
        li.appendChild(a);
        if (m.entry.meaning) {
          var meaning = doc.createElement('span');
          meaning.lang = han.test(m.entry.meaning) ? 'zh-CN' : 'en';
          meaning.textContent = ' ' + m.entry.meaning;
          li.appendChild(meaning);
        }
        results.appendChild(li);
      });
      found.textContent = match.length + (match.length === 1 ? ' entry' : ' entries')
        + (match.length > LIMIT ? ', the first ' + LIMIT + ' shown' : '');
    };
    q.addEventListener('input', search);
    sort.addEventListener('change', search);
    search();
  }
}());
