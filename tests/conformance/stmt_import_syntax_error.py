import pkgs.badsyntax
