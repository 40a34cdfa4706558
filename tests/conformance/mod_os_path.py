import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/file.tar.gz"), repr(os.path.basename("/usr/lib/")), os.path.basename("plain"))
print(os.path.dirname("/usr/lib/file.py"), repr(os.path.dirname("file.py")), os.path.dirname("/"), os.path.dirname("a/b/"))
print(os.path.exists("mod_os_path.py"), os.path.exists("no_such_file.xyz"), os.path.exists("pkgs"), os.path.exists(""))
print(os.path.abspath("mod_os_path.py"), os.path.abspath("pkgs/simple.py"), os.path.abspath("pkgs/../mod_os_path.py"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.splitext("f.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isfile("mod_os_path.py"), os.path.isdir("pkgs"), os.path.isfile("pkgs"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.sep, os.path.sep)
print(os.getcwd() == os.path.abspath("."), os.path.basename(os.getcwd()))
