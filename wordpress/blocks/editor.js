/**
 * The blocks' editor side, written without a build step: each block shows its server rendering
 * (ServerSideRender) and, where it has options, a settings panel.
 */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var ServerSideRender = wp.serverSideRender;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  /** The settings panel's controls, by block: [attribute, kind, label, options]. */
  var controls = {
    'sabba-widgets/author-card': [['compact', 'toggle', __('Compact byline', 'sabba-widgets')]],
    'sabba-widgets/ad-slot': [
      ['slot', 'text', __('Slot (GPT ad unit or AdSense slot id)', 'sabba-widgets')],
      ['sizes', 'text', __('Sizes, e.g. 300x250, 336x280', 'sabba-widgets')],
      ['sizeMap', 'text', __('Size map, e.g. 0:300x250 | 768:728x90', 'sabba-widgets')],
    ],
    'sabba-widgets/adblock-notice': [
      ['mode', 'select', __('Display', 'sabba-widgets'), ['inline', 'banner']],
      ['heading', 'text', __('Heading', 'sabba-widgets')],
      ['message', 'text', __('Message', 'sabba-widgets')],
    ],
  };

  function control(spec, props) {
    var name = spec[0];
    var common = {
      key: name,
      label: spec[2],
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    };
    if (spec[1] === 'toggle') {
      common.checked = !!props.attributes[name];
      return el(components.ToggleControl, common);
    }
    common.value = props.attributes[name];
    if (spec[1] === 'select') {
      common.options = spec[3].map(function (value) {
        return { value: value, label: value };
      });
      return el(components.SelectControl, common);
    }
    return el(components.TextControl, common);
  }

  /**
   * A line above the preview for blocks whose rendering may show nothing (a thread without
   * comments yet; the notice, which appears only when an ad blocker is found), so the block can
   * be seen and selected.
   */
  var notes = {
    'sabba-widgets/comments': __('Comment thread: the approved comments of this post appear here.', 'sabba-widgets'),
    'sabba-widgets/adblock-notice': __(
      'Adblock notice: shown here (inline) or as a banner only to readers whose ad blocker hides the ads.',
      'sabba-widgets',
    ),
  };

  ['comments', 'comment-form', 'author-card', 'ad-slot', 'back-to-top', 'adblock-notice'].forEach(function (short) {
    var name = 'sabba-widgets/' + short;
    wp.blocks.registerBlockType(name, {
      edit: function (props) {
        var panel = controls[name]
          ? el(
              blockEditor.InspectorControls,
              null,
              el(
                components.PanelBody,
                { title: __('Settings', 'sabba-widgets') },
                controls[name].map(function (spec) {
                  return control(spec, props);
                }),
              ),
            )
          : null;
        return el(
          'div',
          blockEditor.useBlockProps(),
          panel,
          notes[name] ? el('p', { className: 'sabba-widgets-editor-note' }, notes[name]) : null,
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp);
