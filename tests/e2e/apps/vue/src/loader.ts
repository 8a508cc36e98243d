// The autoloader: each element's code arrives after Vue mounted its tag, so the app binds
// properties with `.prop` (`:submitter.prop`), which Vue sets whether or not the element is defined.
import 'sabba-widgets/loader.js';
import { createApp } from 'vue';
import LoaderApp from './LoaderApp.vue';

createApp(LoaderApp).mount('#app');
