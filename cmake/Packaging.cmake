# `cpack` in the build folder makes a .deb; its library dependencies come from dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME credential-connect)
set(CPACK_PACKAGE_VENDOR "Credential Connect developers")
set(CPACK_PACKAGE_CONTACT "Credential Connect developers <developers@credential-connect.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Links a Juniper Mist, Mist Routing Assurance or JumpCloud account by its API token: asks \
the provider's API whether the token works and what it grants, in a window or on the command line.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the windowing plugins, the SVG icon plugin,
# and libsecret, through which QtKeychain reaches the Secret Service.
# The system's certificate store, which every check trusts: without it no HTTPS host is.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0, ca-certificates")
# Qt asks libproxy for the system's proxy; without a desktop plugin libproxy reads only the
# environment (https_proxy, no_proxy), not the proxy set in GNOME's or KDE's settings.
# Qt's own texts (Back, Next, context menus) in the person's language come from Qt's translations.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libproxy1-plugin-gsettings | libproxy1-plugin-kconfig, qt6-translations-l10n")
include(CPack)
