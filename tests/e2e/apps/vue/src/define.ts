// The define modules, imported before Vue mounts: Vue sees the elements' properties and binds
// `:submitter` and `:threshold` as properties.
import 'sabba-widgets/ad-slot.js';
import 'sabba-widgets/adblock-notice.js';
import 'sabba-widgets/author-card.js';
import 'sabba-widgets/back-to-top.js';
import 'sabba-widgets/comment-form.js';
import { createApp } from 'vue';
import DefineApp from './DefineApp.vue';

createApp(DefineApp).mount('#app');
