// placeholder, filled in by the kiosk's owner
