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
          { selector: 'node[hop = 2]', style: { width: 12, height: 12, 'font-size': 8, color: '#555' } },
          { selector: 'edge', style: { width: 1, 'line-color': '#c4c8d4', 'target-arrow-color': '#c4c8d4',
              'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'curve-style': 'bezier' } },
          // Only the centre's own relations are named, so the drawing stays readable.
          { selector: 'edge.centre', style: { width: 1.6, 'line-color': '#8a90a6', 'target-arrow-color': '#8a90a6',
              label: 'data(label)', 'font-size': 8, color: '#667', 'text-rotation': 'autorotate',
              'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
        ],
        // Rings: the entity, its neighbours, their neighbours.
        layout: { name: 'concentric', animate: false, concentric: function (n) { return 3 - n.data('hop'); },
                  levelWidth: function () { return 1; }, minNodeSpacing: 28, avoidOverlap: true }
      });
      cy.nodes('[hop = 0]').connectedEdges().addClass('centre');
      legend(box, cy);
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('href'); });
      // Tests and curious readers can reach the graph from the console.
      window.kechuangGraph = cy;
      box.setAttribute('data-nodes', String(cy.nodes().length));
    })
    .catch(function (err) {
      box.textContent = 'The graph could not be drawn (' + err.message + '); the relations are listed below.';
    });

  // One swatch per class drawn, built with textContent: names never become markup.
  function legend(box, cy) {
    var seen = {};
    var list = document.createElement('p');
    list.className = 'legend';
    cy.nodes().forEach(function (n) {
      var cls = n.data('cls');
      if (seen[cls]) { return; }
      seen[cls] = true;
      var item = document.createElement('span');
      var dot = document.createElement('span');
      dot.className = 'dot';
      dot.style.background = n.data('colour');
      item.appendChild(dot);
      item.appendChild(document.createTextNode(n.data('clsLabel')));
      list.appendChild(item);
    });
    box.parentNode.insertBefore(list, box.nextSibling);
  }
}());
