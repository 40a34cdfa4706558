import pkgs.broken
