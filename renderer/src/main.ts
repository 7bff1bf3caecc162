import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import { useSettingsStore } from './stores/settings'
import './styles/theme.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(createAppI18n(useSettingsStore(pinia).lang))
app.mount('#app')
