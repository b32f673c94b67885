// Shows the places of a network's field of operation on a map. The same places are listed on the page, so the
// page is complete without this script; the map only adds a picture of where they are.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var element = document.getElementById('network-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var places = Array.prototype.slice.call(document.querySelectorAll('[data-lat][data-lon]'))
    .map(function (item) {
      return { lat: parseFloat(item.dataset.lat), lon: parseFloat(item.dataset.lon), label: item.dataset.label };
    })
    .filter(function (place) {
      return isFinite(place.lat) && isFinite(place.lon);
    });
  if (places.length === 0) {
    return;
  }
  element.hidden = false;
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tileUrl || 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
    subdomains: 'abc',
    maxZoom: 18,
    attribution: element.dataset.tileAttribution || element.dataset.attribution
  }).addTo(map);
  var bounds = places.map(function (place) {
    L.circleMarker([place.lat, place.lon], { radius: 8, color: '#07405a', weight: 2, fillOpacity: 0.4 })
      .bindTooltip(place.label)
      .addTo(map);
    return [place.lat, place.lon];
  });
  map.fitBounds(bounds, { maxZoom: 12, padding: [24, 24] });
});
