// First-party bait for <sabba-adblock-notice bait-url>: an empty script at a path EasyList blocks
// (`/ad_728.js$script`). A reader without a blocker loads it; a blocker stops it.
