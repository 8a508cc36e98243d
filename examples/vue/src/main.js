import { createApp } from 'vue';
// Define the elements before Vue mounts, so Vue binds `:submitter` as a property.
import 'sabba-widgets/author-card.js';
import 'sabba-widgets/back-to-top.js';
import 'sabba-widgets/comment-form.js';
import App from './App.vue';

createApp(App).mount('#app');
