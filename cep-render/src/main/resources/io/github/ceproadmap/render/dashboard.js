(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var state = document.getElementById('filter-state');
  var pathway = document.getElementById('filter-pathway');
  var axis = document.getElementById('filter-axis');
  var search = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var actions = document.querySelectorAll('.action');
  var cards = document.querySelectorAll('.card');

  function listed(element, attribute, wanted) {
    if (!wanted) {
      return true;
    }
    var tokens = (element.getAttribute(attribute) || '').split(' ');
    return tokens.indexOf(wanted) >= 0;
  }

  function matches(element, words) {
    if (!listed(element, 'data-states', state.value)
        || !listed(element, 'data-pathways', pathway.value)
        || !listed(element, 'data-axes', axis.value)) {
      return false;
    }
    var text = element.textContent.toLowerCase();
    for (var i = 0; i < words.length; i++) {
      if (text.indexOf(words[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  function narrow(elements, words) {
    var shown = 0;
    for (var i = 0; i < elements.length; i++) {
      if (matches(elements[i], words)) {
        elements[i].removeAttribute('hidden');
        shown++;
      } else {
        elements[i].setAttribute('hidden', '');
      }
    }
    return shown;
  }

  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(function (word) {
      return word.length > 0;
    });
    var shownActions = narrow(actions, words);
    var shownCards = narrow(cards, words);
    status.textContent = 'Showing ' + shownActions + ' of ' + actions.length + ' actions and '
        + shownCards + ' of ' + cards.length + ' projects.';
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    window.setTimeout(apply, 0);
  });
  form.removeAttribute('hidden');
  apply();
}());
