/**
 * WeChat's and QQ's in-app browsers (their user agents say MicroMessenger, MQQBrowser or QQ/):
 * a page cannot share from there (no Web Share); the app's own ··· menu does (share/wechat.ts).
 */
export const inApp = (): boolean => /MicroMessenger|MQQBrowser|\bQQ\//i.test(navigator.userAgent);
