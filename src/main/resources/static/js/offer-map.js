// Shows the public places of the search results on a map, each marker opening the offer's page. The same results
// are listed on the page with their place, so the page is complete without this script; the map only adds where.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var element = document.getElementById('offer-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var results = Array.prototype.slice.call(document.querySelectorAll('.result[data-lat][data-lon]'))
    .map(function (item) {
      return {
        lat: parseFloat(item.dataset.lat),
        lon: parseFloat(item.dataset.lon),
        label: item.dataset.label,
        href: item.dataset.href,
        lang: item.dataset.lang
      };
    })
    .filter(function (result) {
      return isFinite(result.lat) && isFinite(result.lon);
    });
  if (results.length === 0) {
    return;
  }
  element.hidden = false;
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tileUrl, {
    maxZoom: 18,
    attribution: element.dataset.attribution
  }).addTo(map);
  var bounds = results.map(function (result) {
    // The popup is built from DOM nodes, so that an offer's name is shown as text, never read as HTML.
    var link = document.createElement('a');
    link.href = result.href;
    link.textContent = result.label;
    if (result.lang) {
      link.lang = result.lang;
    }
    L.marker([result.lat, result.lon], { alt: result.label, title: result.label, keyboard: true })
      .bindPopup(link)
      .addTo(map);
    return [result.lat, result.lon];
  });
  map.fitBounds(bounds, { maxZoom: 14, padding: [24, 24] });
});
