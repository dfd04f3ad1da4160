/*
 * Relata's copy of primefaces-extensions.js from PrimeFaces Extensions 15.0.8 (Apache License 2.0,
 * https://github.com/primefaces-extensions/primefaces-extensions), served in its place: Faces looks
 * for a library's resource in the web application's /resources folder before the jars.
 *
 * Changed: the original ends by starting PrimeFacesExt.timers, a Web Worker made from a blob: URL
 * (timers that keep time in background tabs, for pe:timer). Relata's Content-Security-Policy allows
 * no script from blob: URLs, so every page with a PrimeFaces Extensions component (the rule editor's
 * pe:codeMirror) reported a violation. The timers below keep the same methods on the window's own
 * timers, and no worker is made. Everything above them is the original, unchanged.
 *
 * On every upgrade of PrimeFaces Extensions, copy the new version's file over this one and make the
 * same change again (RuleEditorIT checks that the versions match).
 */
PrimeFacesExt={changeTheme:function(a){var b=PrimeFaces.getThemeLink();b&&0!==b.length?PrimeFaces.changeTheme(a):(b=PrimeFacesExt.getResourceUrlExtension(),a=PrimeFaces.settings.contextPath+"/javax.faces.resource/theme.css."+b+"?ln\x3dprimefaces-"+a+"\x26"+PrimeFacesExt.VERSION,$("body").append('\x3clink rel\x3d"stylesheet" type\x3d"text/css" href\x3d"'+a+'" /\x3e'))},getResourceUrlExtension:function(){if(!PrimeFacesExt.RESOURCE_URL_EXTENSION){var a=PrimeFacesExt.getResourceScriptURI(),b=PrimeFacesExt.getResourceScriptName(a);
PrimeFacesExt.RESOURCE_URL_EXTENSION=RegExp(b+".([^?]*)").exec(a)[1]}return PrimeFacesExt.RESOURCE_URL_EXTENSION},getResourceScriptName:function(a){PrimeFacesExt.SCRIPT_NAME||(PrimeFacesExt.SCRIPT_NAME=(new RegExp("/?"+PrimeFaces.RESOURCE_IDENTIFIER+"(/|\x3d)(.*?).js")).exec(a)[2]+".js");return PrimeFacesExt.SCRIPT_NAME},getResourceScriptURI:function(){PrimeFacesExt.SCRIPT_URI||(PrimeFacesExt.SCRIPT_URI=$('script[src*\x3d"/'+PrimeFaces.RESOURCE_IDENTIFIER+'/"]').first().attr("src"),PrimeFacesExt.SCRIPT_URI||
(PrimeFacesExt.SCRIPT_URI=$('script[src*\x3d"'+PrimeFaces.RESOURCE_IDENTIFIER+'\x3d"]').first().attr("src")));return PrimeFacesExt.SCRIPT_URI},configureLocale:function(a,b){if(PrimeFacesExt.locales&&PrimeFacesExt.locales[a]&&b.locale&&(a=PrimeFacesExt.locales[a][b.locale]))for(var c in a)a.hasOwnProperty(c)&&(b[c]=a[c]);return b},RESOURCE_LIBRARY:"primefaces-extensions",VERSION:"15.0.8",behavior:{},widget:{},locales:{}};PrimeFacesExt.locales.TimeAgo={};PrimeFacesExt.locales.TimePicker={};
PrimeFacesExt.behavior.Javascript=function(a,b){var c=null;b&&(c=b.params);return a.execute.call(this,a.source,a.event,c,b)};
PrimeFacesExt.timers||(PrimeFacesExt.timers={setInterval:function(a,b){return window.setInterval(a,b)},clearInterval:function(a){window.clearInterval(a)},setTimeout:function(a,b){return window.setTimeout(a,b)},clearTimeout:function(a){window.clearTimeout(a)}});
