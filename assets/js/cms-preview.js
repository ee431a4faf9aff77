// The editors' CMS (admin/) only: its preview pane uses the site's own stylesheet, so a page being
// written looks as it will on the site.
/* global CMS */
CMS.registerPreviewStyle("../css/site.css");
