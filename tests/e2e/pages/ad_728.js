// First-party bait: an empty script at a path EasyList blocks (`/ad_728.js$script`).
