// Draws the entity's neighbourhood (JSON from /graph) with the vendored Cytoscape.js. The page reads
// fine without it: every relation is also listed in the HTML.
(function () {
  'use strict';
  var box = document.getElementById('cy');
  if (!box || typeof cytoscape !== 'function') { return; }
  fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
    .then(function (elements) {
      var cy = cytoscape({
        container: box,
        elements: elements,
        style: [
          { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10,
              'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18 } },
          { selector: 'node[hop = 0]', style: { width: 30, height: 30, 'font-size': 13, 'font-weight': 'bold',
              'border-width': 3, 'border-color': '#222' } },
          { selector: 'edge', style: { width: 1.2, 'line-color': '#aab', 'target-arrow-color': '#aab',
              'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8,
              color: '#778', 'text-rotation': 'autorotate' } }
        ],
        layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 }
      });
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('href'); });
      // Tests and curious readers can reach the graph from the console.
      window.kechuangGraph = cy;
      box.setAttribute('data-nodes', String(cy.nodes().length));
    })
    .catch(function (err) {
      box.textContent = 'The graph could not be drawn (' + err.message + '); the relations are listed below.';
    });
}());
