/*
 * OpenCMAPI 1.1 WebAPI: function signatures, data types and callbacks.
 *
 * Written by the opencmapi-gen project: the official [OpenCMAPI-SUP-WIDL] companion of the OMA
 * specification is not public. spec/README.md explains the conventions:
 *
 *   - one interface per SCR row, [SCR="7.x"] names the section (callbacks are section 8);
 *   - every function is named CMAPI_<Group>_<Function> and ends with `ResultCallback cb`
 *     (section 5.5.1.2); the other arguments are the members of the JSON-RPC `params` object;
 *   - [Result=Type] names the dictionary carried in a successful response's `result`
 *     (no [Result] means an empty result object);
 *   - [Errors=(...)] lists the Table 4 codes the function may return besides the general ones;
 *   - [Exclusive] marks an operation that one application at a time may perform on a device:
 *     a second caller gets code 0x00000006;
 *   - [Interim] marks an operation that answers in several steps: interim responses
 *     ("received", "processing") before the final one (section 5.5.1.2);
 *   - each CMAPI-2 callback is a `callback CMAPI_Callback_<Name>` whose one argument is the
 *     payload carried in the callback message's `result`.
 *
 * A doc comment (slash-star-star) before a definition, member, argument or enum value is its
 * description.
 */

// ---------------------------------------------------------------------------------------------
// Messages (section 5.2, Tables 1-3)
// ---------------------------------------------------------------------------------------------

/** A handle of an open device, as CMAPI_Device_Open returned it and valid until CMAPI_Device_Close
    or the end of the session. The seed's examples write it both as a string ("1") and as a number
    (1): both are accepted and name the same device. */
typedef (DOMString or unsigned long) DeviceId;

/** Binary data in BASE64 (RFC 4648 section 4, with "=" padding, no line breaks), as section 5.2.4
    requires for every binary value. */
typedef DOMString Base64;

/** A Table 4 code (0x00000000-0xFFFFFFFF), or in an error object a negative JSON-RPC reserved code.
    The security codes (0xF0000001-0xF0000006) exceed 2^31, so a peer with 32-bit integers reads it
    as a 64-bit integer. */
typedef long long CmapiCode;

/** A CMAPI-1 request message (Table 1): a JSON-RPC 2.0 request extended by cmapiversion; notifications
    (no id) are not used. The library builds it from a function call. */
dictionary CmapiRequest {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** The function to run, CMAPI_<Group>_<Function> (e.g. CMAPI_Network_GetRFInfo); an unknown name
      is answered with the JSON-RPC error -32601. */
  required DOMString method;
  /** Chosen by the client, unique for every call (a UUID, for example); never null or omitted. Every
      response to this call, interim ones included, repeats it. */
  required DOMString id;
  /** The function's arguments by name (deviceId, profileName, ...); {} for a function without
      arguments. An unknown or misspelt member makes the request invalid (0x00000002, decision 14). */
  required object params;
};

/** The JSON-RPC error object of Tables 2 and 3: code is the Table 4 integer value (or a JSON-RPC
    reserved code), message the Table 4 description text. */
dictionary CmapiErrorObject {
  /** What went wrong: the Table 4 row's value (0x00002001 is 8193), or a JSON-RPC reserved code
      (-32700 parse error, -32600 invalid request, -32601 unknown method, -32602 invalid params,
      -32603 internal error). */
  required CmapiCode code;
  /** The Table 4 description text of the code, letter for letter; for display and logs, not for
      program logic (use code). */
  required DOMString message;
  /** Details the implementation adds (e.g. the name of the invalid parameter, or the modem's own
      cause value); free form, so a client shows it but does not rely on its shape. */
  any data;
};

/** The stage of a call that a response reports (section 5.5.1.2). An opencmapi-gen extension of
    Table 2, see spec/README.md. */
enum ResponseStage {
  /** The implementation accepted the request and will work on it; nothing was done yet. */
  "received",
  /** The work is under way (e.g. the modem is attaching or scanning); more responses follow. */
  "processing",
  /** The final response: result or error carries the outcome, and no other response follows. */
  "completed"
};

/** A CMAPI-1 response message (Table 2), handed to a function's ResultCallback. Exactly one of result
    and error. Several responses may carry the same id (interim responses, section 5.5.1.2). */
dictionary CmapiResponse {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** The request's id; null only when the request could not be read (parse error, invalid request). */
  required DOMString? id;
  /** Present when the function failed; result is then absent. */
  CmapiErrorObject error;
  /** The function's result when it succeeded, of the type its [Result] names ({} when none); an
      empty object on interim responses. */
  object result;
  /** Present on interim responses ("received", "processing"), which carry an empty result; the
      final response has none (or "completed"). */
  ResponseStage cmapistatus;
};

/** A CMAPI-2 callback message (Table 3). Exactly one of result and error; every message has a new id. */
dictionary CmapiCallbackMessage {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** Chosen by the implementation, new for every callback message (two messages for the same event
      type never share an id, Table 10 step 5). */
  required DOMString id;
  /** Which callback this is; the application registered for it with CMAPI_Callback_Register. */
  required CallbackId callbackId;
  /** Present when the event is a failure report; result is then absent. */
  CmapiErrorObject error;
  /** The callback's payload, whose type the callback's declaration names. */
  object result;
};

/** Receives every response message that carries the id of the call (section 5.5.1.2): the interim
    ones, then the final one. */
callback ResultCallback = undefined (CmapiResponse response);

// ---------------------------------------------------------------------------------------------
// Shared types
// ---------------------------------------------------------------------------------------------

/** Bit mask of radio technologies: 0x01 GSM, 0x02 GPRS/EDGE, 0x04 WCDMA/UMTS, 0x08 HSPA, 0x10 LTE,
    0x20 CDMA2000, 0x40 WLAN, 0x80 NR; 0xFF means all. Bits above 0x80 are reserved (0..255). */
typedef unsigned long RadioMask;

/** Bit mask of connection types: 0x01 cellular packet, 0x02 cellular circuit, 0x04 tethered,
    0x08 ethernet, 0x10 P2P, 0x20 WLAN. Bits above 0x20 are reserved (0..63). */
typedef unsigned long ConnectionTypeMask;

/** A Wi-Fi network name (SSID): 0 to 32 bytes (IEEE 802.11), given as text and counted in UTF-8, so
    32 ASCII letters fit but 17 accented ones do not (x-cmapi-max-bytes; maxLength 32 is for tools
    that count characters only). The empty string stands for a hidden network, one that does not
    broadcast its name. Bytes that are not valid UTF-8 are each replaced by U+FFFD, so such a name is
    shown but cannot be matched exactly; use the BSSID. */
typedef DOMString Ssid;

/** A cell identity: 28 bits for LTE (the ECI, eNodeB id and cell), 36 bits for NR (the NCI), 16 bits
    for GSM and 28 bits for UMTS (the UTRAN cell id). Not the physical cell id. */
typedef unsigned long long CellIdentity;

/** A frequency band by its 3GPP or 3GPP2 number: "B" and the E-UTRA operating band for LTE ("B3",
    "B66"), "n" and the NR band ("n78", "n260"), "U" and the UTRA band for UMTS (band I is "U1"),
    "GSM450", "GSM480", "GSM750", "GSM850", "GSM900", "DCS1800" or "PCS1900" for GSM, "BC" and the
    band class for CDMA2000 ("BC0"). Other names are refused. */
typedef DOMString FrequencyBand;

/** A radio access technology, as the device reports it for its current connection or registration. */
enum RadioTechnology {
  /** GSM without packet data (2G circuit switched). */
  "GSM",
  /** GSM with GPRS packet data (2G, typically 40 to 80 kbit/s). */
  "GPRS",
  /** GSM with EDGE packet data (2.75G, up to about 236 kbit/s). */
  "EDGE",
  /** UMTS/WCDMA release 99 (3G, up to 384 kbit/s). */
  "WCDMA_UMTS",
  /** UMTS with HSDPA/HSUPA (3.5G, up to 14.4 Mbit/s down). */
  "HSPA",
  /** HSPA+ (3GPP release 7 and later, dual-carrier included; up to 42 Mbit/s down). */
  "HSPA_PLUS",
  /** LTE (E-UTRA) on one carrier. */
  "LTE",
  /** LTE with carrier aggregation (LTE-A, 3GPP release 10 and later). */
  "LTE_ADVANCED",
  /** 5G NR, standalone or as the secondary leg of an LTE anchor (EN-DC); SystemInfo.nrMode says which. */
  "NR",
  /** LTE-M (eMTC, LTE Cat-M1 and Cat-M2; 3GPP release 13 and later), for machine-type devices. */
  "LTE_M",
  /** NB-IoT (LTE Cat-NB1 and Cat-NB2; 3GPP release 13 and later), narrowband machine-type devices. */
  "NB_IOT",
  /** TD-SCDMA (UTRA TDD 1.28 Mcps, the Chinese 3G standard). */
  "TD_SCDMA",
  /** CDMA2000 1xRTT (voice and up to 153 kbit/s data). */
  "CDMA2000_1X",
  /** CDMA2000 EV-DO (Rev. 0, A or B). */
  "CDMA2000_EVDO",
  /** Wi-Fi (IEEE 802.11). */
  "WLAN"
};

/** The IP version of a connection or of a requested address (3GPP PDP/PDN type). */
enum IpAddressType {
  /** IPv4 only. */
  "IPv4",
  /** IPv6 only. */
  "IPv6",
  /** Dual stack: an IPv4 address and an IPv6 prefix on the same connection; the network may grant
      only one of them. */
  "IPv4v6"
};

/** What an application may do, granted by CMAPI_API_Open from its security request. Each level
    includes the ones before it. */
enum AccessLevel {
  /** Read status, connect and disconnect with the settings that exist. */
  "user",
  /** Also change the device's settings: profiles, WLAN networks, router, PINs. */
  "administrator",
  /** Also the settings the operator keeps for itself; which ones is the implementation's choice
      (commonly bands, radio mask, CDMA activation, firmware). */
  "operator"
};

/** The device's power and radio state. */
enum PowerState {
  /** Fully on: radios may transmit. */
  "on",
  /** On but saving power (3GPP PSM or eDRX, reduced measurements): radios work, answers and
      incoming data may be delayed. */
  "low_power",
  /** Every radio off (AT+CFUN=4); the UICC and the settings stay available. */
  "airplane",
  /** Powered down or at minimum functionality (AT+CFUN=0): no radio, the UICC may be unavailable;
      only a change of power state is accepted. */
  "off"
};

/** No members: the result of a function that reports nothing but success. */
dictionary Empty {
};

/** An IP configuration, static or obtained from the network. Addresses are text: IPv4 dotted quad
    ("192.168.1.10"), IPv6 in RFC 5952 form ("2001:db8::1"). A member is absent when the connection
    has no such address. */
dictionary IpConfiguration {
  /** True when the address was obtained by DHCP, SLAAC or from the cellular network; false when it
      was set by hand. */
  required boolean dynamic;
  /** The device's IPv4 address on this connection. */
  DOMString ipv4Address;
  /** The IPv4 subnet mask in dotted quad ("255.255.255.0"); cellular links often report
      "255.255.255.255" or nothing. */
  DOMString ipv4SubnetMask;
  /** The IPv4 default gateway; absent on point-to-point cellular links that have none. */
  DOMString ipv4Gateway;
  /** The device's global IPv6 address (not the link-local one). */
  DOMString ipv6Address;
  /** Length of the IPv6 prefix in bits, 0..128 (64 on cellular links). */
  unsigned short ipv6PrefixLength;
  /** The IPv6 default gateway (often a link-local address). */
  DOMString ipv6Gateway;
  /** DNS servers in order of preference, IPv4 and IPv6 mixed; empty or absent when none is known. */
  sequence<DOMString> dnsServers;
  /** HTTP proxy as host:port ("proxy.example.com:8080"), when one is configured; absent means no proxy. */
  DOMString httpProxy;
  /** The link MTU, in bytes (68..65535): on cellular links what the network sent (3GPP TS 24.008
      PCO "IPv4 link MTU", typically 1358 to 1500), as ModemManager's Bearer Ip4Config "mtu";
      absent when not known. */
  unsigned long mtu;
};

/** A PLMN (public land mobile network, 3GPP TS 23.003): the operator's country and network codes. */
dictionary Plmn {
  /** Mobile country code: exactly 3 digits ("310"). */
  required DOMString mcc;
  /** Mobile network code: 2 or 3 digits, leading zeros kept ("01" and "001" are different networks). */
  required DOMString mnc;
};

/** The indexes of stored records (seed counting style), in the order the device stores them (oldest
    first). An index stays valid while its record exists. */
dictionary IndexList {
  /** The number of indexes in indexList. */
  required unsigned long indexListElements;
  /** The indexes; empty when nothing is stored. */
  required sequence<unsigned long> indexList;
};

/** A point in time as the device or the network reports it. */
dictionary DateTime {
  /** Date and time in UTC, RFC 3339 ("2026-01-01T12:00:00Z"). */
  required DOMString utc;
  /** The local time zone's offset from UTC in minutes, daylight saving included, -720..840
      (e.g. 60 for UTC+1); absent when the zone is not known. */
  long utcOffsetMinutes;
};

/** How full a message or contact store is. */
dictionary StorageStatus {
  /** The store, as the function that was asked names it (e.g. "SM" for the UICC, "ME" for the
      device's memory, 3GPP TS 27.007 +CPMS). */
  required DOMString storage;
  /** For CMAPI_SMS_GetStorageStatus: the same store as SmsMessage.storage names it ("device",
      "uicc"), so an application need not map +CPMS names. */
  SmsStorage smsStorage;
  /** The number of entries stored (messages or contacts, not bytes). */
  required unsigned long used;
  /** The number of entries the store can hold; used equal to total means full. */
  required unsigned long total;
};

// ---------------------------------------------------------------------------------------------
// 7.2 API management
// ---------------------------------------------------------------------------------------------

/** What CMAPI_API_Open grants. */
dictionary ApiSession {
  /** Opaque handle of the application's session, passed to Close, GetAccessLevel and
      SetAccessLevel; valid until CMAPI_API_Close or the transport session ends. */
  required DOMString sessionId;
  /** The level granted: the one asked for (credentials that prove only a lower level answer 0xF0000003). */
  required AccessLevel accessLevel;
};

/** Which OpenCMAPI and which implementation answer. */
dictionary ApiVersion {
  /** The OpenCMAPI version implemented: "1.1". */
  required DOMString cmapiVersion;
  /** The implementation's own version, free text from its vendor (e.g. "2.3.1 (build 415)"). */
  required DOMString implementationVersion;
  /** The implementation's vendor, as it names itself. */
  required DOMString vendor;
};

/** What an implementation supports, so that an application can hide what would only answer
    0x00000007. */
dictionary ApiCapabilities {
  /** SCR sections of the supported groups ("7.2".."7.21", "8" for callbacks). */
  required sequence<DOMString> supportedGroups;
  /** Names of the functions that do not answer 0x00000007, e.g. "CMAPI_WLAN_Connect". */
  required sequence<DOMString> supportedFunctions;
  /** The transports served: "websocket" and/or "http" (HTTP with long polling, section 5.5.2). */
  required sequence<DOMString> transports;
  /** How many devices one client may have open at once (at least 1); one more answers 0x00000103. */
  required unsigned long maxOpenDevices;
};

/** The access level of a session. */
dictionary AccessLevelInfo {
  /** The level the session has now. */
  required AccessLevel accessLevel;
};

/** Opens and closes an application's session with the CMAPI implementation. */
[Exposed=Window, SCR="7.2"]
interface CmapiApi {
  /** Opens the API for an application, which then calls the other functions with the session's
      rights. Without a security request the session gets the "user" level. */
  [Result=ApiSession, Errors=(0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005), Access=user]
  undefined CMAPI_API_Open(
    /** A name for the application, shown to the user and written to logs (e.g. "Connection Manager"). */
    DOMString applicationName,
    /** The credentials, in a form the vendor defines (a password, a token, a signed request); a
        secret: never logged nor returned. Absent: no credentials, "user" level. */
    optional DOMString securityRequest,
    /** The level asked for; "user" when absent. A level the credentials do not allow answers
        0xF0000003, one the implementation lacks 0xF0000005. */
    optional AccessLevel accessLevel,
    ResultCallback cb);
  /** Closes the application's session and every device it opened; its callback registrations end. */
  [Access=user]
  undefined CMAPI_API_Close(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    ResultCallback cb);
  /** Returns the implemented OpenCMAPI version and the implementation's own version; needs no session. */
  [Result=ApiVersion, Access=user]
  undefined CMAPI_API_GetVersion(ResultCallback cb);
  /** Returns the groups and functions this implementation supports; needs no session. */
  [Result=ApiCapabilities, Access=user]
  undefined CMAPI_API_GetCapabilities(ResultCallback cb);
  /** Returns the access level granted to this session. */
  [Result=AccessLevelInfo, Access=user]
  undefined CMAPI_API_GetAccessLevel(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    ResultCallback cb);
  /** Asks for another access level with new credentials; on failure the session keeps its level. */
  [Result=AccessLevelInfo, Errors=(0xF0000001, 0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005), Access=user]
  undefined CMAPI_API_SetAccessLevel(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    /** The credentials for the new level, in the vendor's form (as in CMAPI_API_Open); a secret. */
    DOMString securityRequest,
    /** The level asked for; a lower one than the current is granted without checking credentials. */
    AccessLevel accessLevel,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.3 Device discovery
// ---------------------------------------------------------------------------------------------

/** Device states (0..4): 0 not present (known but detached or powered off), 1 present (attached,
    not opened), 2 open (opened by a client, not registered to a network), 3 ready (open and
    registered, can connect), 4 error (present but not working; close and open it again). */
typedef unsigned short DeviceState;

/** Device types (1..8): 1 USB modem, 2 embedded module, 3 smart phone, 4 tablet, 5 wireless router,
    6 M2M module, 7 laptop, 8 cloud device. */
typedef unsigned short DeviceType;

/** One connectivity device, as the seed's DeviceChanged example shows it. */
dictionary DeviceInfo {
  /** The device's handle, the one CMAPI_Device_Open returns for it: the implementation numbers its
      devices and keeps a device's number while it is present. */
  required DeviceId deviceId;
  /** Where the device is in its life cycle (DeviceState). */
  required DeviceState deviceState;
  /** The radio technologies the device has (RadioMask, e.g. 0x40 for a Wi-Fi only router). */
  required RadioMask radio;
  /** Bit mask of services (0..63): 0x01 data, 0x02 voice, 0x04 SMS, 0x08 USSD, 0x10 GNSS, 0x20 router. */
  required unsigned long deviceCapability;
  /** The kinds of connection the device can make (ConnectionTypeMask, e.g. 0x20 WLAN). */
  required ConnectionTypeMask connectionType;
  /** What kind of device it is (DeviceType). */
  required DeviceType deviceType;
  /** Human-readable text from the implementation, for lists and menus (e.g. "This is a wireless router"). */
  required DOMString description;
  /** Stays the same across sessions and restarts: the IMEI (15 digits), the MEID (14 hex digits) or
      a serial number; CMAPI_Device_Open takes it. */
  required DOMString uniqueIdentifier;
  /** Manufacturer name, when the device reports one (AT+CGMI). */
  DOMString manufacturer;
  /** Model name, when the device reports one (AT+CGMM). */
  DOMString model;
};

/** A list of devices (seed counting style). */
dictionary DeviceList {
  /** The number of devices in deviceList. */
  required unsigned long deviceListElements;
  /** The devices; empty when there is none. */
  required sequence<DeviceInfo> deviceList;
};

/** What CMAPI_Device_Open returns. */
dictionary DeviceHandle {
  /** The handle every device function takes, valid until CMAPI_Device_Close. */
  required DeviceId deviceId;
};

/** Finds the connectivity devices the implementation manages and opens them for use. */
[Exposed=Window, SCR="7.3"]
interface CmapiDevice {
  /** Lists every device the implementation knows, open or not, present or not. */
  [Result=DeviceList, Access=user]
  undefined CMAPI_Device_GetDeviceList(ResultCallback cb);
  /** Returns one device's description. */
  [Result=DeviceInfo, Errors=(0x00000101), Access=user]
  undefined CMAPI_Device_GetDeviceInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Opens a device for this client and returns its handle. Several clients may have the same device
      open (a connection manager and status widgets); 0x00000102 when this client has it open
      already, 0x00000103 when this client has as many devices open as maxOpenDevices allows. */
  [Result=DeviceHandle, Exclusive, Errors=(0x00000100, 0x00000102, 0x00000103), Access=user]
  undefined CMAPI_Device_Open(
    /** The device's uniqueIdentifier from GetDeviceList (IMEI, MEID or serial number); matched exactly. */
    DOMString uniqueIdentifier,
    ResultCallback cb);
  /** Closes a device handle; connections the device has stay up. */
  [Errors=(0x00000101), Access=user]
  undefined CMAPI_Device_Close(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the devices this client has open. */
  [Result=DeviceList, Access=user]
  undefined CMAPI_Device_GetOpenDevices(ResultCallback cb);
  /** Searches again for attached devices; the result is the new list. Detection can take several
      seconds (USB enumeration, modem start-up): "received" when the search starts, "processing"
      while the devices are probed, then the list. */
  [Result=DeviceList, Interim, Exclusive, Access=user]
  undefined CMAPI_Device_Rescan(ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.4 Cellular network management
// ---------------------------------------------------------------------------------------------

/** How the device authenticates to the network when it activates a data connection (PPP/PDP
    authentication, 3GPP TS 27.007 +CGAUTH). */
enum AuthType {
  // opencmapi-gen-lint-ignore ENUM_VALUE_STYLE_CONSISTENT: the other values are protocol names, whose capitals are their names
  /** No authentication; userName and password are ignored. */
  "none",
  /** PAP: the password is sent in clear to the network. */
  "PAP",
  /** CHAP: a challenge-response; the password is not sent. */
  "CHAP",
  /** CHAP when the network offers it, PAP otherwise. */
  "PAP_OR_CHAP",
  /** MS-CHAPv2 (RFC 2759): what MBIM modems and ModemManager's allowed-auth "mschapv2" offer
      besides PAP and CHAP; 0x00002108 from a device that has only PAP and CHAP (AT+CGAUTH). */
  "MSCHAPV2"
};

/** What a cellular profile is for; a device may allow one profile of a type to be up at once. */
enum ProfileType {
  /** General internet access (the default). */
  "internet",
  /** Multimedia messaging (MMS) only. */
  "mms",
  /** IMS (VoLTE, SMS over IP); usually set by the operator and read-only. */
  "ims",
  /** Traffic shared with tethered devices or the router's clients, where the operator wants a
      separate APN ("DUN"). */
  "tethering",
  /** Machine-to-machine traffic (telemetry). */
  "m2m"
};

/** How the device chooses its network (3GPP TS 27.007 +COPS modes 0, 1 and 4). */
enum NetworkSelectionMode {
  /** The device chooses the PLMN itself (home first, then the UICC's preferred lists). */
  "automatic",
  /** The device stays on the chosen PLMN; when it is lost the device has no service. */
  "manual",
  /** The chosen PLMN first; when it cannot be used the device falls back to automatic. */
  "manual_automatic"
};

/** The device's registration to a cellular network (3GPP TS 27.007 +CREG/+CEREG/+C5GREG <stat>). */
enum RegistrationState {
  /** Not registered and not searching (stat 0): radio off, no UICC, or manual selection lost. */
  "not_registered",
  /** Registered on the home network (stat 1). */
  "registered_home",
  /** Not registered, searching for a network to register on (stat 2). */
  "searching",
  /** Registration denied by the network (stat 3); rejectCause says why. */
  "denied",
  /** The state cannot be determined (stat 4), e.g. out of coverage. */
  "unknown",
  /** Registered on a network other than the home network (stat 5). */
  "registered_roaming"
};

/** What the device knows of an operator found by a scan (3GPP TS 27.007 +COPS=? <stat>). */
enum OperatorStatus {
  /** Seen, but its status is not known (stat 0). */
  "unknown",
  /** Can be selected (stat 1). */
  "available",
  /** The device is registered on it now (stat 2). */
  "current",
  /** On the UICC's forbidden list or rejected it before (stat 3); selecting it will most likely fail. */
  "forbidden"
};

/** A cellular connection profile (APN settings) as the device returns it. The password never comes
    back: passwordSet says whether one is stored. */
dictionary CellularProfile {
  /** The profile's name, unique on the device and matched exactly (case included); 1 character or
      more, devices commonly allow up to 32. */
  required DOMString profileName;
  /** The access point name (3GPP TS 23.003 section 9): dot-separated labels of letters, digits and
      hyphens, up to 100 characters, matched without regard to case (e.g. "internet"). "" lets the
      network choose its default APN (LTE attach). */
  required DOMString apn;
  /** What the profile is for; "internet" when absent. */
  ProfileType profileType = "internet";
  /** The user name for PAP/CHAP; absent when authType is "none". */
  DOMString userName;
  /** True when a password is stored (it is never returned); false when absent. */
  boolean passwordSet = false;
  /** How the device authenticates to the network; "none" when absent. */
  AuthType authType = "none";
  /** The IP version asked of the network (PDP type), "IPv4v6" when absent; the network may grant
      only one of the two. */
  IpAddressType ipAddrType = "IPv4v6";
  /** Static IPv4 or IPv6 address to ask for; absent means the network assigns one (the usual case). */
  DOMString ipAddress;
  /** DNS server to use instead of the network's, IPv4 or IPv6; absent means the network's. */
  DOMString primaryDns;
  /** Second DNS server, used when the primary does not answer; absent means the network's. */
  DOMString secondaryDns;
  /** How long a connection attempt with this profile may take before it fails, in s; absent means
      the device's default (commonly 30 to 60 s). */
  unsigned long timeout;
  /** True for a profile the operator provisioned (e.g. from the UICC or by OMA DM): it cannot be
      updated or deleted (0x00000004), only used. False when absent. */
  boolean readOnly = false;
};

/** A cellular profile as CMAPI_Cellular_CreateProfile and CMAPI_Cellular_UpdateProfile take it: the
    members of CellularProfile that an application sets, with the password, which is write-only. */
dictionary CellularProfileSettings {
  /** The profile's name, unique on the device and matched exactly (case included); 1 character or
      more, devices commonly allow up to 32 (0x00002002 when the device refuses it). To rename a
      profile, create one and delete the old. */
  required DOMString profileName;
  /** The access point name (3GPP TS 23.003 section 9): dot-separated labels of letters, digits and
      hyphens, up to 100 characters (e.g. "internet"). "" lets the network choose its default APN
      (LTE attach). 0x00002104 when malformed. */
  required DOMString apn;
  /** What the profile is for; "internet" when absent. */
  ProfileType profileType = "internet";
  /** The user name for PAP/CHAP, as the operator gives it; ignored when authType is "none". */
  DOMString userName;
  /** The password for PAP/CHAP; write-only: stored, never returned. In an update, absent keeps the
      stored password and "" removes it. */
  DOMString password;
  /** How the device authenticates to the network; "none" when absent. */
  AuthType authType = "none";
  /** The IP version to ask of the network (PDP type); "IPv4v6" (dual stack) when absent. */
  IpAddressType ipAddrType = "IPv4v6";
  /** Static IPv4 or IPv6 address to ask for; leave it out unless the operator assigned one. */
  DOMString ipAddress;
  /** DNS server to use instead of the network's, IPv4 or IPv6; absent means the network's. */
  DOMString primaryDns;
  /** Second DNS server, used when the primary does not answer; absent means the network's. */
  DOMString secondaryDns;
  /** How long a connection attempt with this profile may take before it fails, in s; absent means
      the device's default (commonly 30 to 60 s). 0x0000210B when the device does not accept it. */
  unsigned long timeout;
};

/** The device's cellular profiles (seed counting style). */
dictionary CellularProfileList {
  /** The number of profiles in profileList. */
  required unsigned long profileListElements;
  /** The profiles, in the order the device stores them. */
  required sequence<CellularProfile> profileList;
  /** The profile CMAPI_Connection_Connect uses when given none; absent when no default is set. */
  DOMString defaultProfileName;
};

/** What CMAPI_Cellular_GetDefaultProfile returns. */
dictionary ProfileName {
  /** The name of an existing profile. */
  required DOMString profileName;
};

/** The device's registration to the cellular network. */
dictionary RegistrationInfo {
  /** Whether and how the device is registered. */
  required RegistrationState state;
  /** The network registered on (or that denied the registration); absent when there is none. */
  Plmn plmn;
  /** The network's name as the device would show it: from the network (NITZ) or the UICC (EONS,
      SPN), else from the device's operator table; absent when unknown. */
  DOMString operatorName;
  /** The technology of the registration; absent when not registered. */
  RadioTechnology radioTechnology;
  /** When state is "denied": the network's reject cause, 0..255 (3GPP TS 24.008/24.301/24.501,
      e.g. 2 IMSI unknown, 3 illegal UE, 6 illegal ME, 7 EPS services not allowed, 11 PLMN not
      allowed, 13 roaming not allowed in this area, 15 no suitable cells). Absent otherwise. */
  unsigned short rejectCause;
};

/** An operator found by CMAPI_Cellular_ScanOperators. */
dictionary OperatorInfo {
  /** The operator's network, to pass to CMAPI_Cellular_SelectNetwork as mcc followed by mnc. */
  required Plmn plmn;
  /** The operator's long name (up to 16 characters in 3GPP TS 27.007 +COPS), e.g. "T-Mobile"; the
      PLMN digits when the device knows no name. */
  required DOMString longName;
  /** The short name (up to 8 characters in 3GPP TS 27.007 +COPS), when known. */
  DOMString shortName;
  /** Whether the operator can be selected. */
  required OperatorStatus status;
  /** The technologies on which the operator was found; an operator found on several appears once. */
  required sequence<RadioTechnology> radioTechnologies;
};

/** The operators found by a scan (seed counting style). */
dictionary OperatorList {
  /** The number of operators in operatorList. */
  required unsigned long operatorListElements;
  /** The operators, strongest signal first where the device knows it; empty when none was found. */
  required sequence<OperatorInfo> operatorList;
};

/** How the device selects its network. */
dictionary NetworkSelection {
  /** The selection mode in force. */
  required NetworkSelectionMode mode;
  /** The chosen network in "manual" and "manual_automatic" modes; absent in "automatic". */
  Plmn plmn;
};

/** The radio technologies the device prefers. */
dictionary BearerPreference {
  /** Technologies in order of preference, most preferred first; technologies left out are not used
      (e.g. ["LTE", "WCDMA_UMTS"] never falls back to GSM). */
  required sequence<RadioTechnology> bearers;
};

/** Whether the device makes data connections away from its home network. */
dictionary RoamingPolicy {
  /** Data connections allowed on a network of another country (international roaming); devices
      ship with false. Voice, SMS and registration are not affected. */
  required boolean dataRoamingAllowed;
  /** Data connections allowed on another network of the home country (national roaming). */
  required boolean nationalRoamingAllowed;
};

/** The subscriber's identity, read from the UICC. A member is absent when the card does not hold it. */
dictionary SubscriberInfo {
  /** The IMSI: MCC, MNC and subscriber number, 6 to 15 digits (3GPP TS 23.003), e.g. "310260000000001". */
  DOMString imsi;
  /** The subscriber's phone number from the UICC's MSISDN file: digits, with a leading "+" when the
      card stores it in international form ("+15551234567"), at most 15 digits; many cards do not
      store it. */
  DOMString msisdn;
  /** The home network, from the IMSI (the MNC length read from the UICC). */
  Plmn homePlmn;
};

/** Cellular profiles (APNs), registration and operator selection. */
[Exposed=Window, SCR="7.4"]
interface CmapiCellular {
  /** Lists the device's cellular profiles. A device without 3GPP radio (CDMA2000 only) has none and
      answers 0x00000109. */
  [Result=CellularProfileList, Errors=(0x00000101, 0x00000109), Access=user]
  undefined CMAPI_Cellular_GetProfileList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns one profile, without its password. */
  [Result=CellularProfile, Errors=(0x00000101, 0x00000109, 0x00002001), Access=user]
  undefined CMAPI_Cellular_GetProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Creates a profile; each invalid member is reported by its own code (0x000021xx). */
  [Errors=(0x00000101, 0x00000109, 0x00002002, 0x00002003, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B), Access=administrator]
  undefined CMAPI_Cellular_CreateProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new profile; its name must not exist yet (0x00002003). */
    CellularProfileSettings profile,
    ResultCallback cb);
  /** Replaces the settings of the profile of the same name: members left out take their defaults,
      except the password, which is kept. A profile in use (0x00002004) or read-only (0x00000004)
      cannot be updated. */
  [Errors=(0x00000101, 0x00000109, 0x00002001, 0x00002004, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B), Access=administrator]
  undefined CMAPI_Cellular_UpdateProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's new settings; profileName names the profile to update. */
    CellularProfileSettings profile,
    ResultCallback cb);
  /** Deletes a profile. A profile in use (0x00002004) or read-only (0x00000004) cannot be deleted;
      deleting the default profile leaves no default. */
  [Errors=(0x00000101, 0x00000109, 0x00002001, 0x00002004), Access=administrator]
  undefined CMAPI_Cellular_DeleteProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Makes a profile the one CMAPI_Connection_Connect and auto-connect use when given none. */
  [Errors=(0x00000101, 0x00000109, 0x00002001), Access=administrator]
  undefined CMAPI_Cellular_SetDefaultProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Returns the default profile's name; 0x00002005 when none is set. */
  [Result=ProfileName, Errors=(0x00000101, 0x00000109, 0x00002005), Access=user]
  undefined CMAPI_Cellular_GetDefaultProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the network registration state; changes are also reported by
      CMAPI_Callback_RegistrationChanged. */
  [Result=RegistrationInfo, Errors=(0x00000101, 0x00000132), Access=user]
  undefined CMAPI_Cellular_GetRegistrationState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Scans for the operators in range (3GPP TS 27.007 +COPS=?). A scan takes 30 s to 3 minutes and
      many modems cannot scan during a data connection (0x00000010): "received" when the scan is
      accepted, "processing" while the bands are searched, then the list. */
  [Result=OperatorList, Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000010, 0x00000132), Access=user]
  undefined CMAPI_Cellular_ScanOperators(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Selects the operator automatically, or registers on the given PLMN in manual mode. Registration
      can take up to a few minutes: "received" when the request is accepted, "processing" while the
      device registers; the final response comes once it is registered, or with the error. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000010, 0x00003101, 0x00003102), Access=administrator]
  undefined CMAPI_Cellular_SelectNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** How to select: "automatic", or "manual"/"manual_automatic" with plmnId. */
    NetworkSelectionMode mode,
    /** The network for the manual modes, as MCC and MNC digits ("310260", or "20801" for a 2-digit
        MNC); required in the manual modes (0x00003102 when absent or unknown), ignored in "automatic". */
    optional DOMString plmnId,
    ResultCallback cb);
  /** Returns the network selection mode and, in manual mode, the selected PLMN. */
  [Result=NetworkSelection, Errors=(0x00000101, 0x00000109), Access=user]
  undefined CMAPI_Cellular_GetNetworkSelection(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the preferred radio technologies in order; the device may re-register on another technology. */
  [Errors=(0x00000101, 0x00000105, 0x00003103), Access=administrator]
  undefined CMAPI_Cellular_SetBearerPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Technologies in order of preference, at least one, each at most once; a technology the device
        lacks answers 0x00000105, a combination it cannot apply (e.g. ["NR"] alone on an NSA-only
        modem) 0x00003103. */
    sequence<RadioTechnology> bearers,
    ResultCallback cb);
  /** Returns the preferred radio technologies. */
  [Result=BearerPreference, Errors=(0x00000101), Access=user]
  undefined CMAPI_Cellular_GetBearerPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets whether data connections are allowed while roaming; a connection up on a network that the
      new policy forbids is ended. */
  [Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Cellular_SetRoamingPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new policy; both members are set. */
    RoamingPolicy policy,
    ResultCallback cb);
  /** Returns the roaming policy. */
  [Result=RoamingPolicy, Errors=(0x00000101), Access=user]
  undefined CMAPI_Cellular_GetRoamingPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the subscriber identity read from the UICC; 0x00000135 when the card gives no IMSI
      (not inserted, locked by PIN, or not readable). */
  [Result=SubscriberInfo, Errors=(0x00000101, 0x00000135, 0x00000501, 0x00000502), Access=administrator]
  undefined CMAPI_Cellular_GetSubscriberInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.5 Connection management
// ---------------------------------------------------------------------------------------------

/** Where a data connection (or a secondary PDP context) is in its life cycle. */
enum ConnectionState {
  /** No connection; nothing is being set up. */
  "disconnected",
  /** Being set up (attach, PDP/PDN activation, Wi-Fi association, DHCP); no traffic yet. */
  "connecting",
  /** Up: the device has an address and carries traffic. */
  "connected",
  /** Being released; no new traffic. */
  "disconnecting",
  /** Up but not carrying traffic for now, addresses kept: e.g. GPRS during a voice call without DTM,
      or a short loss of coverage. It returns to "connected" without a new connect. */
  "suspended"
};

/** The kind of a connection. */
enum ConnectionType {
  /** A cellular packet data connection (PDP context / PDN connection) through a profile. */
  "cellular",
  /** A Wi-Fi connection as a station (client). */
  "wlan",
  /** A wired Ethernet link. */
  "ethernet",
  /** A link to a host through USB or Bluetooth tethering. */
  "tethered",
  /** A Wi-Fi Direct (P2P) link to another device (managed by the P2P functions, section 7.20). */
  "p2p"
};

/** The UMTS QoS traffic class (3GPP TS 23.107), which the network maps to its own classes (LTE QCI). */
enum TrafficClass {
  /** Voice and video calls: lowest delay, guaranteed bit rate. */
  "conversational",
  /** One-way audio or video: guaranteed bit rate, some delay tolerated. */
  "streaming",
  /** Request and response traffic (web browsing): priority, no guaranteed rate. */
  "interactive",
  /** Bulk traffic (e-mail, downloads): best effort, lowest priority. */
  "background"
};

/** The state of the device's data connection (the cellular one when it has several). */
dictionary ConnectionStatus {
  /** Where the connection is in its life cycle; the other members are absent when "disconnected". */
  required ConnectionState state;
  /** The connection's id (as in GetConnectionList), while it is connecting or up. */
  unsigned long connectionId;
  /** The kind of connection: "cellular" whenever a cellular connection exists, else the one the
      device has. */
  ConnectionType connectionType;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The APN in use, as the network confirmed it (it may differ from the profile's, e.g. when the
      profile's was empty); cellular only. */
  DOMString apn;
  /** The technology carrying the connection now; it may change while connected. */
  RadioTechnology radioTechnology;
  /** Time since the connection came up, in s; absent while connecting. */
  unsigned long duration;
  /** The addresses the connection has; absent until they are assigned. */
  IpConfiguration ipConfiguration;
  /** Data sent over the connection since it came up, in bytes (ModemManager's Bearer Stats
      "tx-bytes"); absent while connecting or when the device does not count. */
  unsigned long long bytesSent;
  /** Data received over the connection since it came up, in bytes (Bearer Stats "rx-bytes"). */
  unsigned long long bytesReceived;
  /** The host network interface that carries the connection ("wwan0", "qmimux0", "mhi_hwip0"), as
      ModemManager's Bearer "Interface"; 1..15 characters (Linux IFNAMSIZ). Absent when the device
      does not expose one (e.g. a router's own connection). */
  DOMString networkInterface;
  /** True when the connection shares its modem link with other connections (QMI/MBIM
      multiplexing, ModemManager's Bearer "Multiplexed"), so each has its own networkInterface;
      false when absent. */
  boolean multiplexed = false;
};

/** One connection of a device. */
dictionary ConnectionInfo {
  /** The connection's id, unique on the device while the connection exists (ids are reused later);
      CMAPI_Connection_Disconnect takes it. */
  required unsigned long connectionId;
  /** The kind of connection; it says whether profileName (cellular) or ssid (wlan) is present. */
  required ConnectionType connectionType;
  /** Where the connection is in its life cycle. */
  required ConnectionState state;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The Wi-Fi network joined; absent for other connection types. */
  Ssid ssid;
};

/** The device's connections (seed counting style). */
dictionary ConnectionList {
  /** The number of connections in connectionList. */
  required unsigned long connectionListElements;
  /** Every connection that is not "disconnected", of every type; empty when there is none. */
  required sequence<ConnectionInfo> connectionList;
};

/** What CMAPI_Connection_GetCurrentAPN and CMAPI_InfoStatus_GetCurrentAPN return. */
dictionary ApnInfo {
  /** The APN in use, as the network confirmed it (3GPP TS 23.003 section 9, e.g. "internet"). */
  required DOMString apn;
};

/** Whether and how the device connects by itself. */
dictionary AutoConnectSetting {
  /** True: the device brings up a cellular connection whenever it is registered and none is up
      (after power-on, after a drop), without an application asking. */
  required boolean enabled;
  /** The profile to connect with; absent means the default profile at the time of connecting. */
  DOMString profileName;
  /** Also connect by itself while roaming (still subject to the roaming policy); false when absent. */
  boolean whileRoaming = false;
};

/** Quality of service asked for or granted (3GPP TS 23.107; 27.007 +CGEQREQ/+CGEQNEG). Bit rates
    are in kbit/s; a rate left out means the subscribed value (request) or not reported (result). */
dictionary QosParameters {
  /** The traffic class: it sets the priority and whether the guaranteed bit rates apply. */
  required TrafficClass trafficClass;
  /** Maximum uplink bit rate, in kbit/s. */
  unsigned long maxBitrateUL;
  /** Maximum downlink bit rate, in kbit/s. */
  unsigned long maxBitrateDL;
  /** Guaranteed uplink bit rate, in kbit/s; meaningful for "conversational" and "streaming" only. */
  unsigned long guaranteedBitrateUL;
  /** Guaranteed downlink bit rate, in kbit/s; meaningful for "conversational" and "streaming" only. */
  unsigned long guaranteedBitrateDL;
  /** The QoS class identifier, 1..255: LTE QCI (1-9 standardized in TS 23.203, 65-85 later
      releases, 128-254 operator specific) or NR 5QI; absent when the network gave none. */
  octet qci;
};

/** A secondary PDP context: a second bearer with its own QoS on the address of a primary connection. */
dictionary SecondaryContext {
  /** The context's id, as ActivateSecondaryContext returned it; DeactivateSecondaryContext takes it. */
  required unsigned long contextId;
  /** The connectionId of the primary connection it belongs to; it ends with that connection. */
  required unsigned long primaryConnectionId;
  /** Where the context is in its life cycle. */
  required ConnectionState state;
  /** The QoS the network granted (may be less than asked). */
  required QosParameters qos;
  /** The traffic flow template's packet filters, each as the parameters of 3GPP TS 27.007 +CGTFT
      after the cid (e.g. 1,0,"10.0.0.1.255.255.255.255",17,,"5000.5001"); absent when
      every packet of the address may use the context. */
  sequence<DOMString> packetFilters;
};

/** The device's secondary PDP contexts (seed counting style). */
dictionary SecondaryContextList {
  /** The number of contexts in contextList. */
  required unsigned long contextListElements;
  /** The contexts, active or being set up or released; empty when there is none. */
  required sequence<SecondaryContext> contextList;
};

/** What CMAPI_Connection_ActivateSecondaryContext returns. */
dictionary SecondaryContextId {
  /** The new context's id, valid until it is deactivated or its primary connection ends. */
  required unsigned long contextId;
};

/** What CMAPI_Connection_Connect returns. */
dictionary ConnectionId {
  /** The new connection's id, valid until it is disconnected; CMAPI_Connection_Disconnect takes it. */
  required unsigned long connectionId;
};

/** One entry of the device's connection history: a connection that was up (or is up) since the
    history was last cleared. Devices keep at least the last 10; the oldest are dropped first. */
dictionary ConnectionRecord {
  /** Where the record is stored: the index GetRecordIndexes lists and GetRecord takes. */
  required unsigned long index;
  /** The kind of connection; it says whether profileName (cellular) or ssid (wlan) is present. */
  required ConnectionType connectionType;
  /** The id the connection had while it was up; ids are reused, so it names a connection only
      together with startTime. */
  required unsigned long connectionId;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The APN used, as the network confirmed it; cellular only. */
  DOMString apn;
  /** The Wi-Fi network joined; absent for other connection types. */
  Ssid ssid;
  /** The technology that carried the connection when it came up. */
  RadioTechnology radioTechnology;
  /** When the connection came up, RFC 3339 in UTC ("2026-01-01T12:00:00Z"). */
  required DOMString startTime;
  /** When it ended, RFC 3339 in UTC; absent while the connection is up. */
  DOMString endTime;
  /** How long it was (or has been) up, in s. */
  required unsigned long duration;
  /** Data sent over the connection, in bytes. */
  unsigned long long bytesSent;
  /** Data received over the connection, in bytes. */
  unsigned long long bytesReceived;
  /** Why it ended: 0 when an application or the user disconnected, otherwise the Table 4 code of
      the failure (e.g. 0x00000005 no service); absent while the connection is up. */
  CmapiCode endReason;
};

/** Data connections: connect, disconnect, status, auto-connect, QoS and secondary PDP contexts. */
[Exposed=Window, SCR="7.5"]
interface CmapiConnection {
  /** Starts a data connection with the given (or the default) profile. Setting it up takes from
      about a second to the profile's timeout: "received" when the request is accepted, "processing"
      while the device attaches and activates the bearer, then the final response with the
      connection id once an address is assigned, or the error. CMAPI_Callback_ConnectionStateChanged
      reports the same stages. */
  [Result=ConnectionId, Interim, Exclusive, Errors=(0x00000101, 0x00000130, 0x00000132, 0x00002001, 0x00002005, 0x00002202, 0x00003001, 0x00003006, 0x00003009, 0x0000300A, 0x00006008), Access=user]
  undefined CMAPI_Connection_Connect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The cellular profile to use; absent means the default profile (0x00002005 when none is set).
        0x00002202 when the network does not grant the profile's IP version (e.g. IPv6 asked, only
        IPv4 allowed), 0x00006008 when it rejects the profile's credentials. */
    optional DOMString profileName,
    /** The kind of connection to bring up; absent means "cellular". "wlan" joins the best known
        Wi-Fi network; "p2p" is refused with 0x00003009 (use the P2P functions). 0x00003006 when
        there is no network (or peer) to connect to. */
    optional ConnectionType connectionType,
    ResultCallback cb);
  /** Ends a data connection (and its secondary contexts). */
  [Exclusive, Errors=(0x00000101, 0x00003002, 0x00003005), Access=user]
  undefined CMAPI_Connection_Disconnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The connection to end, from Connect or GetConnectionList; absent means every connection of
        the device. 0x00003002 when there is no such connection, 0x00003005 when it is already
        being released. */
    optional unsigned long connectionId,
    ResultCallback cb);
  /** Cancels a connection attempt in progress; the Connect call then ends with an error. */
  [Errors=(0x00000101, 0x00003004), Access=user]
  undefined CMAPI_Connection_CancelConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the state of the device's data connection (the cellular one when it has several). */
  [Result=ConnectionStatus, Errors=(0x00000101), Access=user]
  undefined CMAPI_Connection_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the device's connections of every type that are not disconnected. */
  [Result=ConnectionList, Errors=(0x00000101), Access=user]
  undefined CMAPI_Connection_GetConnectionList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the APN of the current cellular connection; 0x00003008 when there is none. */
  [Result=ApnInfo, Errors=(0x00000101, 0x00000109, 0x00003008), Access=user]
  undefined CMAPI_Connection_GetCurrentAPN(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets whether the device connects by itself when it can; takes effect at the next chance to
      connect (a connection up is not ended). */
  [Errors=(0x00000101, 0x00002001), Access=administrator]
  undefined CMAPI_Connection_SetAutoConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new setting; a profileName that does not exist answers 0x00002001. */
    AutoConnectSetting setting,
    ResultCallback cb);
  /** Returns the auto-connect setting. */
  [Result=AutoConnectSetting, Errors=(0x00000101), Access=user]
  undefined CMAPI_Connection_GetAutoConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Asks the network for QoS on the cellular connection; the network may grant less (GetQoS).
      0x00000111 when no cellular connection is up. */
  [Errors=(0x00000101, 0x00000109, 0x00000013, 0x00000111), Access=administrator]
  undefined CMAPI_Connection_SetQoS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The QoS asked for; 0x00000013 when the device or network cannot negotiate QoS. */
    QosParameters qos,
    ResultCallback cb);
  /** Returns the QoS the network granted to the cellular connection; 0x00000111 when no cellular
      connection is up. */
  [Result=QosParameters, Errors=(0x00000101, 0x00000109, 0x00000111), Access=user]
  undefined CMAPI_Connection_GetQoS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Creates and activates a secondary PDP context on the cellular connection. Activation is
      negotiated with the network: "received", then "processing" while it is, then the context id
      or the error. 0x00003201 when no cellular connection is up. */
  [Result=SecondaryContextId, Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000013, 0x00003201, 0x00003203, 0x00003204), Access=administrator]
  undefined CMAPI_Connection_ActivateSecondaryContext(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The QoS asked for the context. */
    QosParameters qos,
    /** The packet filters of its traffic flow template, in the form SecondaryContext.packetFilters
        describes; absent means every packet of the connection's address may use it. */
    optional sequence<DOMString> packetFilters,
    ResultCallback cb);
  /** Deactivates a secondary PDP context; its traffic goes back to the primary connection. */
  [Exclusive, Errors=(0x00000101, 0x00000109, 0x00003202, 0x00003205, 0x00003206, 0x00003207), Access=user]
  undefined CMAPI_Connection_DeactivateSecondaryContext(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The context, from ActivateSecondaryContext or GetSecondaryContextList. */
    unsigned long contextId,
    ResultCallback cb);
  /** Lists the secondary PDP contexts; 0x00003201 when no cellular connection is up. */
  [Result=SecondaryContextList, Errors=(0x00000101, 0x00000109, 0x00003201), Access=user]
  undefined CMAPI_Connection_GetSecondaryContextList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the order in which connection types are tried when the device (or auto-connect) chooses
      one, e.g. Wi-Fi before cellular. */
  [Errors=(0x00000101, 0x00003009), Access=administrator]
  undefined CMAPI_Connection_SetConnectionPriority(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Connection types, most preferred first, each at most once; types left out are tried last.
        0x00003009 for a type the device cannot connect with. */
    sequence<ConnectionType> priority,
    ResultCallback cb);
  /** Lists the indexes of the device's connection history, oldest first. */
  [Result=IndexList, Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Connection_GetRecordIndexes(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns one record of the connection history; 0x00003007 when no record has that index (never
      stored, or dropped as the history filled up). */
  [Result=ConnectionRecord, Errors=(0x00000101, 0x00003007), Access=administrator]
  undefined CMAPI_Connection_GetRecord(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The record's index, from GetRecordIndexes. */
    unsigned long index,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.6 Network management
// ---------------------------------------------------------------------------------------------

/** The radio frequency use of one active radio (the seed's GetRFInfo example). */
dictionary RFInfo {
  // opencmapi-gen-lint-ignore MEMBER_LOWER_CAMEL_CASE: the seed's own example (section 5.2.5) spells it "Radio"
  /** The radio's technology (the seed names this member with a capital R). */
  required RadioTechnology Radio;
  /** The highest uplink rate the current radio configuration allows (device category, carriers,
      modulation), in kbit/s; not measured throughput. */
  required unsigned long maxDataRateUL;
  /** The highest downlink rate the current radio configuration allows, in kbit/s; not measured
      throughput. */
  required unsigned long maxDataRateDL;
  /** The band in use, as the device names it: a FrequencyBand name ("B3", "n78") where it can, the
      seed's example writes "1900 PCS"; bands of aggregated carriers comma-separated. */
  required DOMString frequencyBand;
  /** Uplink channel numbers: ARFCN (GSM), UARFCN (UMTS), EARFCN (LTE), NR-ARFCN (NR), channel
      number (CDMA2000) or channel (Wi-Fi); several carriers comma-separated ("333,444"). */
  required DOMString channelNumberUL;
  /** Downlink channel numbers, as channelNumberUL; the same as uplink for TDD and Wi-Fi. */
  required DOMString channelNumberDL;
};

/** The RF information of every active radio (seed counting style). */
dictionary RFInfoResult {
  /** The number of radios in RFInfoList. */
  required unsigned long RFInfoListElements;
  /** One entry per active radio (e.g. LTE and NR both under EN-DC, and Wi-Fi); empty when every
      radio is idle. */
  required sequence<RFInfo> RFInfoList;
};

/** Signal measurements of the serving cell (or access point). Each technology reports its own
    measurements; members it lacks are absent (e.g. rsrp on UMTS, ecio on LTE). The ranges, which
    the schema enforces, are the 3GPP reporting ranges (TS 25.133, 36.133, 38.133) where 3GPP gives
    one. */
dictionary SignalStrength {
  /** The technology measured; it says which of the optional members are present. */
  required RadioTechnology radioTechnology;
  /** Received signal strength, in dBm (-128..0): GSM (-113..-51 as +CSQ reports it), UMTS carrier
      RSSI, CDMA2000, Wi-Fi (-90 weak, -30 very strong). Often absent on LTE and NR, which report
      rsrp or ssRsrp instead; when present there, it is the RSSI of the whole carrier. */
  long rssi;
  /** Signal level for display, 0 (no signal) to 5 (excellent), by the device's own mapping of its
      measurements; the same device always maps the same values to the same bars. */
  required octet bars;
  /** LTE reference signal received power, in dBm (-156..-44; devices mostly report -140..-44:
      above -80 excellent, below -110 poor). */
  long rsrp;
  /** LTE reference signal received quality, in dB (-34..2.5, in 0.5 dB steps; usually -19.5..-3:
      above -10 good, below -15 poor). */
  double rsrq;
  /** LTE signal to interference plus noise ratio, in dB (typically -20..30; above 20 excellent,
      below 0 poor); not bounded: each modem estimates it its own way (3GPP defines no report). */
  double sinr;
  /** UMTS or CDMA2000 pilot energy to interference ratio Ec/Io, in dB (-32..0; above -6 good,
      below -15 poor). */
  double ecio;
  /** UMTS received signal code power RSCP, in dBm (-120..-24; above -75 excellent, below -105 poor). */
  long rscp;
  /** NR SS reference signal received power, in dBm (-156..-31; above -80 excellent, below -110 poor). */
  long ssRsrp;
  /** NR SS reference signal received quality, in dB (-43..20, in 0.5 dB steps). */
  double ssRsrq;
  /** NR SS signal to interference plus noise ratio, in dB (-23..40). */
  double ssSinr;
  /** GSM or UMTS channel bit error rate as the RXQUAL class, 0..7 (TS 45.008 8.2.4; +CSQ's ber):
      0 is below 0.2 %, 7 above 12.8 %. */
  octet bitErrorRate;
  /** LTE or NR transport block error rate, in percent (0..100), over the last report interval. */
  double blockErrorRate;
};

/** How often and on what changes the device sends CMAPI_Callback_SignalStrengthChanged
    (ModemManager's Signal.Setup and SetupThresholds). */
dictionary SignalReporting {
  /** Send the signal every this many seconds, in s (0..3600); 0 sends it only when a threshold
      below is crossed. */
  required unsigned long interval;
  /** Send the signal when RSSI (or RSRP, SS-RSRP, RSCP, whichever the technology reports) has
      moved by at least this much since the last report, in dB (0..60); 0 or absent: never for that
      reason. */
  octet threshold;
  /** Also send the signal whenever bitErrorRate changes. */
  boolean onErrorRateChange = false;
};

/** A cell the device serves on or measures. Identifiers a technology lacks are absent. */
dictionary CellInfo {
  /** The cell's technology. */
  required RadioTechnology radioTechnology;
  /** The network the cell belongs to; for neighbours often absent (only the serving cell's is read). */
  Plmn plmn;
  /** The cell identity (CellIdentity: 16 bits GSM, 28 bits UMTS and LTE, 36 bits NR; the base
      station id for CDMA2000); neighbours often report only physicalCellId. */
  CellIdentity cellId;
  /** The location area code, GSM and UMTS, 0..65535. */
  unsigned long locationAreaCode;
  /** The tracking area code, 0..65535 for LTE and 0..16777215 (24 bits) for NR. */
  unsigned long trackingAreaCode;
  /** The physical-layer id, 0..1007: LTE PCI (0..503), NR PCI (0..1007), UMTS primary scrambling
      code (0..511), GSM BSIC (0..63), CDMA2000 PN offset (0..511). */
  unsigned long physicalCellId;
  /** The channel number, 0..3279165: ARFCN (GSM), UARFCN (UMTS), EARFCN (LTE), NR-ARFCN (NR). */
  unsigned long channel;
  /** Received signal strength, in dBm (-128..0); GSM, UMTS and CDMA2000 cells (LTE and NR cells
      report rsrp or ssRsrp instead). */
  long rssi;
  /** LTE reference signal received power, in dBm (-156..-44); LTE only. */
  long rsrp;
  /** LTE reference signal received quality, in dB (-34..2.5); LTE only. */
  double rsrq;
  /** NR SS reference signal received power, in dBm (-156..-31); NR only. */
  long ssRsrp;
  /** NR SS reference signal received quality, in dB (-43..20); NR only. */
  double ssRsrq;
  /** LTE signal to interference plus noise ratio, in dB (typically -20..30); LTE only; not bounded,
      as in SignalStrength. */
  double sinr;
  /** NR SS signal to interference plus noise ratio, in dB (-23..40); NR only. */
  double ssSinr;
  /** The timing advance (0..3846), in the technology's own steps: GSM 0..63 bit periods (0..219
      with extended range), LTE 0..1282 and NR 0..3846 (TS 36.213, 38.213); serving cells only. */
  unsigned long timingAdvance;
  /** The carrier bandwidth, in kHz (200..400000): GSM 200, UMTS 5000, LTE 1400 to 20000, NR 5000
      to 400000, LTE-M 1400, NB-IoT 200. */
  unsigned long bandwidth;
  /** For a serving cell: its part (primary, primarySecondary under EN-DC, secondary when
      aggregated); absent for neighbours. */
  CellRole role;
};

/** The cells the device measures (seed counting style). */
dictionary CellList {
  /** The number of cells in cellList. */
  required unsigned long cellListElements;
  /** The cells, strongest first where the device knows it; empty when none is measured. */
  required sequence<CellInfo> cellList;
};

/** The serving system. */
dictionary SystemInfo {
  /** The serving system's id as digits: the PLMN (MCC and MNC, "310260") on 3GPP networks, the
      SID in decimal (1..32767, e.g. "4183") on CDMA2000. */
  required DOMString systemId;
  /** The technology of the serving system. */
  required RadioTechnology radioTechnology;
  /** True when the serving system is not the home one (another PLMN, or a SID not in the home list). */
  required boolean roaming;
  /** True when the device has full service; false with no or limited (emergency only) service. */
  required boolean serviceAvailable;
  /** With radioTechnology "NR" or an LTE anchor with an NR leg: how NR is used. Absent when no NR
      cell serves the device. */
  NrMode nrMode;
};

/** How a device uses NR (3GPP TS 37.340 for the dual connectivity). */
enum NrMode {
  /** NR standalone (SA): the 5G core, NR alone. */
  "standalone",
  /** NR non-standalone (NSA, EN-DC): an LTE anchor with an NR secondary cell group. */
  "nonStandalone"
};

/** The part a serving cell plays (3GPP TS 36.300, 37.340). */
enum CellRole {
  /** The primary cell (PCell): the LTE anchor under EN-DC, the one cell without aggregation. */
  "primary",
  /** The primary cell of the secondary cell group (PSCell): the NR cell under EN-DC. */
  "primarySecondary",
  /** A secondary cell (SCell): a carrier aggregated to the primary or to the PSCell. */
  "secondary"
};

/** What CMAPI_Network_GetSupportedBands and CMAPI_Network_GetBandPreference return (seed counting
    style). */
dictionary BandList {
  /** The number of bands in bandList. */
  required unsigned long bandListElements;
  /** The bands, each once, in no particular order; for a band preference, empty means no restriction. */
  required sequence<FrequencyBand> bandList;
};

/** Radio information: RF, signal, cells, serving system, bands and network time. */
[Exposed=Window, SCR="7.6"]
interface CmapiNetwork {
  /** Returns the radio frequency information of each active radio. */
  [Result=RFInfoResult, Errors=(0x00000101, 0x00000132), Access=user]
  undefined CMAPI_Network_GetRFInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the current signal strength; CMAPI_Callback_SignalStrengthChanged reports changes.
      0x00000005 when no cell is found. */
  [Result=SignalStrength, Errors=(0x00000101, 0x00000005, 0x00000132), Access=user]
  undefined CMAPI_Network_GetSignalStrength(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving cell; 0x00000005 when the device camps on none. */
  [Result=CellInfo, Errors=(0x00000101, 0x00000005, 0x00000132), Access=administrator]
  undefined CMAPI_Network_GetServingCell(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns every cell that serves the device, the primary first: under EN-DC the LTE anchor
      (role "primary") and the NR cell ("primarySecondary"), with carrier aggregation each aggregated
      carrier ("secondary"). GetServingCell returns the first of them. 0x00000005 when the device
      camps on none. */
  [Result=CellList, Errors=(0x00000101, 0x00000005, 0x00000132), Access=administrator]
  undefined CMAPI_Network_GetServingCells(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets how often and on what changes CMAPI_Callback_SignalStrengthChanged is sent, for every
      application of the device. 0x00000011 when the device cannot report on thresholds (it then
      keeps the interval only), 0x00000002 when a value is out of range. */
  [Errors=(0x00000101, 0x00000002, 0x00000011), Access=administrator]
  undefined CMAPI_Network_SetSignalReporting(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The interval and thresholds. */
    SignalReporting reporting,
    ResultCallback cb);
  /** Returns how the device reports signal changes now. */
  [Result=SignalReporting, Errors=(0x00000101), Access=user]
  undefined CMAPI_Network_GetSignalReporting(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the neighbouring cells the device measures; 0x00000011 when the device does not report
      them. */
  [Result=CellList, Errors=(0x00000101, 0x00000011, 0x00000132), Access=administrator]
  undefined CMAPI_Network_GetNeighborCells(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving system; 0x00000005 when there is none. */
  [Result=SystemInfo, Errors=(0x00000101, 0x00000005), Access=user]
  undefined CMAPI_Network_GetSystemInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the time the network last sent (3GPP NITZ, CDMA2000 system time); 0x00000011 when the
      network has sent none since registration (many networks never do). */
  [Result=DateTime, Errors=(0x00000101, 0x00000011), Access=user]
  undefined CMAPI_Network_GetNetworkTime(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns every frequency band the device's hardware supports. */
  [Result=BandList, Errors=(0x00000101), Access=user]
  undefined CMAPI_Network_GetSupportedBands(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Restricts the device to the given bands; it may lose registration while it searches them again. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000120), Access=operator]
  undefined CMAPI_Network_SetBandPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The bands to use, from GetSupportedBands; empty removes the restriction. A band the device
        does not support answers 0x00000120. */
    sequence<FrequencyBand> bands,
    ResultCallback cb);
  /** Returns the band restriction; an empty list means none. */
  [Result=BandList, Errors=(0x00000101), Access=user]
  undefined CMAPI_Network_GetBandPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets which radio technologies are enabled; the others are switched off. */
  [Errors=(0x00000101, 0x00000106), Access=operator]
  undefined CMAPI_Network_SetRadioMask(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to enable (RadioMask): 0xFF enables every radio the device has; a bit for a radio
        it lacks answers 0x00000106; 0 switches every radio off. */
    RadioMask radio,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.7 CDMA2000
// ---------------------------------------------------------------------------------------------

/** Where a CDMA2000 device stands in over-the-air service provisioning (OTASP, 3GPP2 C.S0016). */
enum ActivationState {
  /** No number is programmed (the NAM holds the factory MIN): the device cannot use the network until it is activated. */
  "not_activated",
  /** An activation call (OTASP) is running; the device cannot make other calls meanwhile. */
  "activating",
  /** The NAM is programmed: the device has its phone number and may register. */
  "activated",
  /** The last activation attempt failed; ActivationStatus.reason says why. The device is as before the attempt. */
  "failed"
};

/** What a client-initiated OMA-DM session updates, or that the network started it. */
enum OmaDmSessionType {
  /** Downloads a new preferred roaming list (what "Update PRL" or ##UPDATE# starts on phones). */
  "client_initiated_prl",
  /** Updates the device's configuration (the "Update profile" of phones: NAI, Mobile IP settings, MDN). */
  "client_initiated_device_config",
  /** Looks for and downloads a firmware update (FOTA). */
  "client_initiated_firmware",
  /** Started by the operator's server (a WAP push or SMS notification); only ever reported, never accepted by CMAPI_CDMA_StartOMADMSession (0x00004019). */
  "network_initiated"
};

/** The stage of an OMA-DM session. "completed" and "failed" are final: the session then accepts no RespondOMADMSession or CancelOMADMSession (0x0000401A). */
enum OmaDmSessionState {
  /** Created, waiting for a data connection or for the user to accept a network-initiated session (RespondOMADMSession). */
  "idle",
  /** Opening the data connection to the DM server. */
  "connecting",
  /** Exchanging credentials with the DM server. */
  "authenticating",
  /** Receiving and applying the update. */
  "in_progress",
  /** The update was applied. */
  "completed",
  /** The session ended without applying the update; OmaDmSession.failureReason says why. */
  "failed",
  /** Waiting before a retry (OmaDmSettings.sessionPause) or until a deferral (RespondOMADMSession "defer") runs out. */
  "paused"
};

/** Why an OMA-DM session failed or was cancelled. An application may only give the reasons that come from its side (user_cancelled, low_battery, insufficient_storage); the others are the device's to report. */
enum OmaDmFailureReason {
  /** The user (through an application) cancelled the session. */
  "user_cancelled",
  /** The battery is too low to apply an update safely. */
  "low_battery",
  /** There is no room to store the download. */
  "insufficient_storage",
  /** No data connection to the DM server could be made, or it dropped. */
  "network_error",
  /** The DM server answered with an error or not at all. */
  "server_error",
  /** The DM server or the device rejected the other's credentials. */
  "authentication_failed",
  /** The downloaded package was corrupt or did not fit the device. */
  "invalid_package"
};

/** Why an application starts an OMA-DM session; the DM server may treat them differently. */
enum OmaDmStartReason {
  /** The user asked for the update. */
  "user_request",
  /** Hands-free activation at first use, before the user has a phone number: only on a device that is not activated (0x00004024 otherwise). */
  "hands_free_activation",
  /** A periodic check the application schedules. */
  "scheduled"
};

/** Whether the device uses Simple IP or Mobile IP (RFC 3344, 3GPP2 X.S0011) for packet data. */
enum MobileIpMode {
  /** Simple IP only: the address comes from the serving PDSN and changes when the device moves. */
  "simple_ip_only",
  /** Mobile IP, falling back to Simple IP when registration with the home agent fails. */
  "mobile_ip_preferred",
  /** Mobile IP only: no data connection when registration fails. */
  "mobile_ip_only"
};

/** The answer to a network-initiated OMA-DM session's prompt. */
enum OmaDmSelection {
  /** Run the session now. */
  "proceed",
  /** Run it later: after deferMinutes. */
  "defer",
  /** Do not run it; the device tells the DM server the user declined. */
  "reject"
};

/** The CDMA2000 roaming preference: which systems of the PRL the device may register on. */
enum CdmaRoamingPreference {
  /** Only systems the PRL marks as home; no roaming. */
  "home_only",
  /** Home systems and systems of the operator's roaming partners (PRL entries with the affiliated roaming indicator). */
  "affiliated",
  /** Any system that offers service, as the PRL orders them. */
  "any"
};

/** The device's activation state. */
dictionary ActivationStatus {
  /** Whether the device is activated, being activated, or failed its last attempt. */
  required ActivationState state;
  /** When state is "failed": why, as the network or the device said it (e.g. "OTASP commit failed"), for showing to the user; absent otherwise. */
  DOMString reason;
};

/** The answer of CMAPI_CDMA_ValidateSPC. A wrong SPC is this result with valid false, not an error (0x00004002 "The SPC is valid" and 0x00004003 are not returned by ValidateSPC). */
dictionary SpcCheck {
  /** True when the SPC matches the one programmed in the device. */
  required boolean valid;
};

/** A number assignment module (NAM, 3GPP2 C.S0016): the subscription a CDMA2000 device registers with. */
dictionary NamInfo {
  /** Mobile directory number: the device's phone number as dialled, 10 to 15 decimal digits (10 in North America). */
  required DOMString mdn;
  /** Mobile identification number (MIN, the IMSI_S): exactly 10 decimal digits; often equal to the MDN when first activated. */
  required DOMString min;
  /** Home system identification (SID), 1-32767 (15 bits); 0 is not a valid SID. */
  required unsigned short sid;
  /** Home network identification (NID) within the SID, 0-65535; 65535 means every network of the SID is home. Absent when only the SID is programmed. */
  unsigned short nid;
};

/** The preferred roaming list (PRL) the device holds. */
dictionary PrlInfo {
  /** The PRL's identifier, the PR_LIST_ID field that operators use as its version number and phones show as "PRL version" (e.g. 60677), 0-65535. */
  required unsigned short prlVersion;
  /** The PRL's format: 1 for an IS-683-A PRL, 3 for an IS-683-C extended PRL (SSPR_P_REV). */
  required octet prlFormat;
};

/** A Mobile IP profile as results show it: the MN-HA and MN-AAA shared secrets are never returned, only whether they are set. */
dictionary MobileIpProfile {
  /** The profile's slot, 0-15; devices usually have 1 to 6 profiles (0x00004006 for a slot the device does not have). */
  required unsigned short index;
  /** Whether the profile may be used; only the enabled profile MobileIpSettings.activeProfile names is used. */
  required boolean enabled;
  /** The network access identifier the device registers with, user@realm (RFC 4282), at most 72 characters. */
  required DOMString nai;
  /** Security parameter index of the MN-HA authentication extension; operators commonly use 2 or 3. Absent when not programmed. */
  unsigned long haSpi;
  /** Security parameter index of the MN-AAA authentication extension; operators commonly use 2. Absent when not programmed. */
  unsigned long aaaSpi;
  /** The home address, dotted IPv4; "0.0.0.0" asks the home agent to assign one at each registration. */
  DOMString homeAddress;
  /** The primary home agent, dotted IPv4; "255.255.255.255" asks the network to assign a home agent dynamically. */
  DOMString primaryHomeAgent;
  /** The secondary home agent, dotted IPv4, tried when the primary does not answer; "0.0.0.0" or absent when there is none. */
  DOMString secondaryHomeAgent;
  /** Whether reverse tunnelling (RFC 3024) is requested: traffic from the device is tunnelled through the home agent. */
  boolean reverseTunneling;
  /** True when an MN-HA shared secret is programmed (its value is write-only). */
  boolean mnHaSet;
  /** True when an MN-AAA shared secret is programmed (its value is write-only). */
  boolean mnAaaSet;
  /** How many times a failed registration is retried before giving up, 0-255 (0: no retry). */
  octet retryLimit;
  /** Interval between registration retries, in s, 0-255; devices commonly double it for each further retry. */
  octet retryInterval;
  /** How long before the registration lifetime expires the device registers again, in minutes. */
  unsigned short reregPeriod;
  /** When true, the device registers again at the end of the lifetime only if data was sent since the last registration. */
  boolean reregTraffic;
  /** Whether the device requires and checks the home agent's MN-HA authenticator in registration replies. */
  boolean haAuthenticator;
  /** Whether the MN-HA authenticator is computed as RFC 2002bis (RFC 3344) says rather than as RFC 2002. */
  boolean ha2002bis;
};

/** A Mobile IP profile to write: MobileIpProfile plus the shared secrets, which are accepted here and never returned. */
dictionary MobileIpProfileSettings {
  /** The profile's slot, 0-15 (0x00004006 for a slot the device does not have). */
  required unsigned short index;
  /** Whether the profile may be used (0x00004026 when the device refuses, e.g. disabling its only profile in mobile_ip_only mode). */
  required boolean enabled;
  /** The network access identifier, user@realm (RFC 4282), at most 72 characters (0x00004028 when malformed). */
  required DOMString nai;
  /** Security parameter index of the MN-HA authentication extension (0x00004029 when the device does not support it); unchanged when absent. */
  unsigned long haSpi;
  /** Security parameter index of the MN-AAA authentication extension (0x0000402A when the device does not support it); unchanged when absent. */
  unsigned long aaaSpi;
  /** The home address, dotted IPv4; "0.0.0.0" for one assigned at each registration (0x0000402B when malformed); unchanged when absent. */
  DOMString homeAddress;
  /** The primary home agent, dotted IPv4; "255.255.255.255" for dynamic assignment (0x0000402C when malformed); unchanged when absent. */
  DOMString primaryHomeAgent;
  /** The secondary home agent, dotted IPv4; "0.0.0.0" for none (0x0000402D when malformed); unchanged when absent. */
  DOMString secondaryHomeAgent;
  /** Whether reverse tunnelling (RFC 3024) is requested (0x00004027 when the device cannot do it); unchanged when absent. */
  boolean reverseTunneling;
  /** The MN-HA shared secret, up to 16 bytes of text (0x00004017 when too long); write-only; the stored one is kept when absent. */
  DOMString mnHa;
  /** The MN-AAA shared secret, up to 16 bytes of text (0x00004018 when too long); write-only; the stored one is kept when absent. */
  DOMString mnAaa;
  /** Registration retries, 0-255 (0x0000402E when beyond what the device supports); unchanged when absent. */
  octet retryLimit;
  /** Interval between registration retries, in s (0x0000402F when beyond what the device supports); unchanged when absent. */
  octet retryInterval;
  /** Re-registration this many minutes before the lifetime expires (0x00004030 when beyond what the device supports); unchanged when absent. */
  unsigned short reregPeriod;
  /** Re-register only after data traffic (0x00004031 when the device cannot); unchanged when absent. */
  boolean reregTraffic;
  /** Require the home agent's authenticator (0x00004032 when the device cannot); unchanged when absent. */
  boolean haAuthenticator;
  /** Compute the MN-HA authenticator as RFC 2002bis says (0x00004033 when the device cannot); unchanged when absent. */
  boolean ha2002bis;
};

/** The device-wide Mobile IP settings. */
dictionary MobileIpSettings {
  /** Simple IP, Mobile IP or Mobile IP with fallback (0x00004025 when the device does not support the mode). */
  required MobileIpMode mode;
  /** The index of the Mobile IP profile used for registration, 0-15; ignored in simple_ip_only mode. */
  required unsigned short activeProfile;
};

/** HDR (CDMA2000 1xEV-DO) session settings: the revision used and the session configuration protocol (SCP, 3GPP2 C.S0024) subtypes the device proposes. */
dictionary HdrSettings {
  /** True forces EV-DO Release 0 (no Rev. A or Rev. B), for networks or tests that need it; false lets the device negotiate the highest revision (0x0000400D when the device cannot force it). */
  required boolean forceRev0;
  /** True makes the device propose the subtypes in protocol, broadcast and application instead of its defaults (0x0000400E when the device has no custom SCP). */
  required boolean customScp;
  /** Bit mask of the protocol subtypes proposed in the custom SCP configuration (bit n = subtype n, C.S0024); used only when customScp is true (0x0000400F when a bit names a subtype the device lacks). */
  unsigned long protocol;
  /** Bit mask of the broadcast protocol subtypes proposed; used only when customScp is true (0x00004010 when invalid). */
  unsigned long broadcast;
  /** Bit mask of the application subtypes proposed (e.g. the enhanced multi-flow packet application); used only when customScp is true (0x00004011 when invalid). */
  unsigned long application;
};

/** An OMA-DM session and how far it got. */
dictionary OmaDmSession {
  /** The session's id, unique on the device until it restarts. */
  required unsigned long sessionId;
  /** What the session updates, or that the network started it. */
  required OmaDmSessionType sessionType;
  /** The session's stage. */
  required OmaDmSessionState state;
  /** Why the session failed or was cancelled; present only when state is "failed". */
  OmaDmFailureReason failureReason;
  /** How many times the session has been retried so far, 0 on the first attempt; at most OmaDmSettings.retryCount. */
  unsigned short retryCount;
};

/** The id of a session that CMAPI_CDMA_StartOMADMSession started. */
dictionary OmaDmSessionId {
  /** The session's id, for GetOMADMSession, CancelOMADMSession and the OMADMSessionChanged callback. */
  required unsigned long sessionId;
};

/** How the device retries failed OMA-DM sessions. */
dictionary OmaDmSettings {
  /** How many times a failed session is retried before it ends as "failed", 0-10 (0: no retry) (0x0000401C when the device does not support the count). */
  required octet retryCount;
  /** The pause before each retry, in s, 0-86400 (0x0000401D when the device does not support the value). */
  required unsigned long sessionPause;
};

/** The access overload class (ACCOLC, 3GPP2 C.S0005): the class the device uses when the network restricts access in congestion. */
dictionary Accolc {
  /** 0-15: 0-9 are ordinary subscribers (by default the last digit of the MIN), 10-15 are reserved for test and emergency services. */
  required octet accolc;
};

/** Which OMA-DM updates the device runs by itself. */
dictionary FeatureState {
  /** The device may update its configuration when the network asks (network-initiated device configuration sessions); false makes it reject them (0x00004021 when the device cannot turn it off). */
  required boolean deviceConfigUpdate;
  /** The device may update its PRL over OMA-DM (0x00004022 when the device cannot turn it off). */
  required boolean prlUpdate;
  /** The device may update its firmware over OMA-DM, FOTA (0x00004023 when the device cannot turn it off). */
  required boolean firmwareUpdate;
};

/** CDMA2000 (3GPP2) functions: activation (OTASP), the NAM and SPC, the PRL, Mobile IP, HDR (EV-DO) and OMA-DM sessions.
    Every function here answers 0x00000107 on a device without CDMA2000 and 0x00000108 on a multi-mode device that
    currently runs as a 3GPP device (its card has no CSIM or R-UIM, or it is set to 3GPP only). Functions that program the
    device take the service programming code (SPC, also called MSL: six decimal digits, "000000" on many unlocked
    devices) and answer 0x00004003 when it is wrong; devices may refuse further attempts after several wrong ones. */
[Exposed=Window, SCR="7.7"]
interface CmapiCDMA {
  /** Activates the device over the air (OTASP, 3GPP2 C.S0016): the device places an activation call and the network
      programs its NAM and PRL. The interim responses: "received" when the call is accepted, "processing" while the
      call runs (usually 30 s to 2 min); the final response carries the resulting ActivationStatus. Not while a data
      connection is up (0x00000110). */
  [Result=ActivationStatus, Interim, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00000110, 0x00004004, 0x00004005), Access=operator]
  undefined CMAPI_CDMA_Activate(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The number the activation call dials: *228 followed by the operator's two digits (e.g. "*22899"); 0x00004004 when the device or network refuses it. */
    DOMString activationCode,
    ResultCallback cb);
  /** Returns whether the device is activated; reads the device, places no call. */
  [Result=ActivationStatus, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetActivationStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Checks a service programming code without changing anything. A wrong SPC is the result {"valid": false}, not an error. */
  [Result=SpcCheck, Errors=(0x00000101, 0x00000107, 0x00000108), Access=operator]
  undefined CMAPI_CDMA_ValidateSPC(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The code to check: six decimal digits. */
    DOMString spc,
    ResultCallback cb);
  /** Returns a number assignment module: the phone number, MIN and home system. */
  [Result=NamInfo, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004006), Access=administrator]
  undefined CMAPI_CDMA_GetNAM(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which NAM, 0-3; devices have 1 to 4 (0x00004006 for one the device lacks). 0, the first, by default. */
    optional octet index = 0,
    ResultCallback cb);
  /** Programs a number assignment module (manual activation). Takes effect at the next registration; some devices restart their radio. */
  [Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00000134, 0x00004003, 0x00004006, 0x00004013, 0x00004014, 0x00004015), Access=operator]
  undefined CMAPI_CDMA_SetNAM(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The values to program: 0x00004014 for an MDN and 0x00004015 for a MIN the device rejects, 0x00004013 for a SID it rejects, 0x00000134 when it rejects the system ID as a whole (the SID/NID pair). */
    NamInfo nam,
    /** Which NAM to program, 0-3; 0 by default (0x00004006 for one the device lacks). */
    optional octet index = 0,
    ResultCallback cb);
  /** Returns the version and format of the preferred roaming list the device holds. */
  [Result=PrlInfo, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetPRLInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Replaces the preferred roaming list. The interim responses: "received" when the data is accepted, "processing"
      while it is checked and written to non-volatile memory (a few seconds); the final response comes when the new
      PRL is in use. On failure the old PRL stays. 0x00004008 when the data is not a PRL (its length or CRC does not
      check), 0x00004016 when it is a PRL the device does not accept (e.g. an extended PRL on an IS-683-A device). */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x00004008, 0x00004016), Access=operator]
  undefined CMAPI_CDMA_WritePRL(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The PRL file's bytes as the operator distributes it (a .prl file, C.S0016 format, at most 65535 bytes). */
    Base64 prl,
    ResultCallback cb);
  /** Returns a Mobile IP profile; the shared secrets only as mnHaSet and mnAaaSet. */
  [Result=MobileIpProfile, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004006, 0x0000400B), Access=administrator]
  undefined CMAPI_CDMA_GetMobileIPProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's slot, 0-15: 0x00004006 for a slot the device does not have, 0x0000400B for an empty one. */
    unsigned short index,
    ResultCallback cb);
  /** Writes a Mobile IP profile at its index. Members left out keep their stored values. Applies at the next registration. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x00004006, 0x00004017, 0x00004018, 0x00004026, 0x00004027, 0x00004028, 0x00004029, 0x0000402A, 0x0000402B, 0x0000402C, 0x0000402D, 0x0000402E, 0x0000402F, 0x00004030, 0x00004031, 0x00004032, 0x00004033), Access=operator]
  undefined CMAPI_CDMA_SetMobileIPProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The profile, with its index; each member's error code is in its description. */
    MobileIpProfileSettings profile,
    ResultCallback cb);
  /** Returns the Mobile IP mode and the profile in use. */
  [Result=MobileIpSettings, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetMobileIPSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the Mobile IP mode and the profile in use; applies to the next data connection (0x00000010 while one is up, if the device cannot change it then). */
  [Errors=(0x00000101, 0x00000010, 0x00000107, 0x00000108, 0x00004003, 0x00004006, 0x0000400B, 0x00004025), Access=operator]
  undefined CMAPI_CDMA_SetMobileIPSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The mode (0x00004025 when the device does not support it) and the profile to use (0x00004006 for a slot the device lacks, 0x0000400B for an empty one). */
    MobileIpSettings settings,
    ResultCallback cb);
  /** Returns the access overload class. */
  [Result=Accolc, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetAccolc(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the access overload class; applies at the next access attempt. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x0000400C), Access=operator]
  undefined CMAPI_CDMA_SetAccolc(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The class, 0-15 (0x0000400C when the device refuses it, e.g. 10-15 on a consumer device). */
    octet accolc,
    ResultCallback cb);
  /** Returns the HDR (EV-DO) settings. */
  [Result=HdrSettings, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetHDRSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Writes the HDR (EV-DO) settings; they apply when the next HDR session is negotiated (the device may close the current one). */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x0000400D, 0x0000400E, 0x0000400F, 0x00004010, 0x00004011), Access=operator]
  undefined CMAPI_CDMA_SetHDRSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The settings; each member's error code is in its description. */
    HdrSettings settings,
    ResultCallback cb);
  /** Sets which systems the device may register on; applies at once (the device may leave a roaming system). */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004012), Access=administrator]
  undefined CMAPI_CDMA_SetRoamingPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The preference (0x00004012 when the device does not support it, e.g. "affiliated" without a PRL that marks partners). */
    CdmaRoamingPreference roaming,
    ResultCallback cb);
  /** Starts a client-initiated OMA-DM session and answers at once with its id; the session then runs by itself and
      reports each stage through CMAPI_Callback_OMADMSessionChanged. One session at a time per device (0x00000006). */
  [Result=OmaDmSessionId, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004019, 0x00004024), Access=operator]
  undefined CMAPI_CDMA_StartOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** What to update; "network_initiated", or a type the device does not offer, gives 0x00004019. */
    OmaDmSessionType sessionType,
    /** Why the session starts; "user_request" by default (0x00004024 when the reason does not apply, e.g. "hands_free_activation" on an activated device). */
    optional OmaDmStartReason reason = "user_request",
    ResultCallback cb);
  /** Returns an OMA-DM session's state. Finished sessions stay readable until the device restarts. */
  [Result=OmaDmSession, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401F), Access=user]
  undefined CMAPI_CDMA_GetOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id (0x0000401F when malformed, 0x00004001 when no session has it). */
    unsigned long sessionId,
    ResultCallback cb);
  /** Answers the prompt of a network-initiated session (state "idle"): run it now, later or not at all. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401A, 0x0000401E, 0x00004020), Access=administrator]
  undefined CMAPI_CDMA_RespondOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id, from the OMADMSessionChanged callback (0x00004001 when no session has it, 0x0000401A when it is not waiting for an answer). */
    unsigned long sessionId,
    /** Proceed, defer or reject (0x0000401E when the server does not allow it, e.g. "reject" for a mandatory update). */
    OmaDmSelection selection,
    /** With "defer": how long to wait, in minutes, 1-10080 (a week) (0x00004020 when missing, out of range or given with another selection). */
    optional unsigned long deferMinutes,
    ResultCallback cb);
  /** Cancels an OMA-DM session that has not finished; it ends as "failed" with the reason given. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401A, 0x0000401B), Access=administrator]
  undefined CMAPI_CDMA_CancelOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id (0x00004001 when no session has it, 0x0000401A when it has already finished). */
    unsigned long sessionId,
    /** The reason recorded in the session and reported to the DM server; "user_cancelled" by default. Only user_cancelled, low_battery and insufficient_storage are an application's to give (0x0000401B for the others). */
    optional OmaDmFailureReason reason = "user_cancelled",
    ResultCallback cb);
  /** Returns how failed OMA-DM sessions are retried. */
  [Result=OmaDmSettings, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetOMADMSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets how failed OMA-DM sessions are retried; applies to sessions started afterwards. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x0000401C, 0x0000401D), Access=operator]
  undefined CMAPI_CDMA_SetOMADMSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The retry count (0x0000401C when unsupported) and the pause between retries (0x0000401D when unsupported). */
    OmaDmSettings settings,
    ResultCallback cb);
  /** Returns which OMA-DM updates the device runs by itself. */
  [Result=FeatureState, Errors=(0x00000101, 0x00000107, 0x00000108), Access=user]
  undefined CMAPI_CDMA_GetFeatureState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Enables or disables the OMA-DM updates the device runs by itself; client-initiated sessions are not affected. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004021, 0x00004022, 0x00004023), Access=operator]
  undefined CMAPI_CDMA_SetFeatureState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The three switches; each member's error code is in its description. */
    FeatureState state,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.8 Device services
// ---------------------------------------------------------------------------------------------

/** The device's power state. */
dictionary PowerStateInfo {
  /** The state the device is in now (during a change, the state it is leaving until the change completes). */
  required PowerState powerState;
};

/** Whether the radios asked about are switched on. */
dictionary RadioState {
  /** The radios asked about, as given to CMAPI_DeviceService_GetRadioState (0xFF: every radio the device has). */
  required RadioMask radio;
  /** True when every radio in the mask is switched on (it may still have no service); false when at least one is off. */
  required boolean on;
};

/** The device's identity and versions. Which identifiers are present depends on its radios: imei for 3GPP, meid and esn for CDMA2000; a Wi-Fi-only device may have none of them. */
dictionary DeviceIdentity {
  /** International mobile equipment identity (3GPP TS 23.003): 15 decimal digits including the check digit; absent on a device without a 3GPP radio. */
  DOMString imei;
  /** Mobile equipment identifier (3GPP2 S.R0048): 14 hexadecimal digits, upper case; absent on a device without a CDMA2000 radio. */
  DOMString meid;
  /** Electronic serial number: 8 hexadecimal digits, upper case; on a device with a MEID, the pseudo-ESN derived from it (prefix 80). */
  DOMString esn;
  /** The manufacturer's serial number, as printed on the device's label; free text. */
  DOMString serialNumber;
  /** The manufacturer's name, e.g. "Quectel". */
  required DOMString manufacturer;
  /** The model name or number, e.g. "EM7455". */
  required DOMString model;
  /** The firmware (software) version, as the manufacturer writes it; compare it only for equality. */
  required DOMString firmwareVersion;
  /** The hardware revision, as the manufacturer writes it; absent when the device does not report one. */
  DOMString hardwareVersion;
};

/** Where the device's power comes from and whether the battery charges. */
enum BatteryState {
  /** The device has no battery (or it is removed) and runs from external power. */
  "not_present",
  /** The device runs from its battery. */
  "discharging",
  /** External power is connected and the battery is charging. */
  "charging",
  /** External power is connected and the battery is full. */
  "full",
  /** External power is connected and the battery neither charges nor discharges (e.g. too hot to charge). */
  "external_power"
};

/** The battery's state and charge. */
dictionary BatteryStatus {
  /** Power source and charging state. */
  required BatteryState state;
  /** Remaining charge in %, 0-100; absent when state is "not_present" or the device cannot measure it. */
  octet level;
};

/** A control key: a code that lifts a device personalisation (a lock to a network, operator or card). Written only: a key's value never appears in a result. */
dictionary ControlKey {
  /** Which key: 1-5 are the 3GPP keys of TS 22.022 (1 network NCK, 2 network subset NSCK, 3 service provider SPCK, 4 corporate CCK, 5 SIM/USIM PCK); 0x101-0x106 the 3GPP2 R-UIM personalisation keys (0x101 network type 1, 0x102 network type 2, 0x103 HRPD, 0x104 corporate, 0x105 service provider, 0x106 R-UIM). */
  required unsigned long keyId;
  /** The key's value: 8 to 16 decimal digits (TS 22.022); write-only. */
  required DOMString value;
};

/** Whether the personalisation a control key lifts is active. */
dictionary ControlKeyStatus {
  /** The key asked about (see ControlKey.keyId). */
  required unsigned long keyId;
  /** True while the device is locked by this personalisation (the key has not been entered yet). */
  required boolean active;
  /** Wrong entries left before the device refuses further attempts for this key; absent when the device does not limit them. */
  octet retriesLeft;
};

/** Power, radio switches, identity, battery, control keys, factory reset, restart and the device clock. */
[Exposed=Window, SCR="7.8"]
interface CmapiDeviceService {
  /** Returns the device's power state. */
  [Result=PowerStateInfo, Errors=(0x00000101), Access=user]
  undefined CMAPI_DeviceService_GetPowerState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Changes the device's power state; answers when the change is done and emits CMAPI_Callback_PowerStateChanged.
      Going to "airplane" or "off" ends every data connection unless the device refuses to (0x00000010). */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000130, 0x00000131, 0x00000133), Access=administrator]
  undefined CMAPI_DeviceService_SetPowerState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The state to go to (0x00000131 when the device does not support it, e.g. "low_power"; 0x00000133 when it cannot be reached from the current state; 0x00000130 when a change is not allowed in the current state). */
    PowerState powerState,
    ResultCallback cb);
  /** Returns whether the given radios are switched on. */
  [Result=RadioState, Errors=(0x00000101, 0x00000105), Access=user]
  undefined CMAPI_DeviceService_GetRadioState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to ask about; 0xFF for all the device has (0x00000105 when the mask names one it lacks). */
    RadioMask radio,
    ResultCallback cb);
  /** Switches radios on or off (the software switch; a hardware switch that is off wins: 0x00000130). Switching a radio off ends its connections. */
  [Exclusive, Errors=(0x00000101, 0x00000105, 0x00000130), Access=administrator]
  undefined CMAPI_DeviceService_SetRadioState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to switch; 0xFF for all the device has (0x00000105 when the mask names one it lacks). */
    RadioMask radio,
    /** True switches them on, false off. */
    boolean on,
    ResultCallback cb);
  /** Returns the device's identifiers, manufacturer, model and versions. */
  [Result=DeviceIdentity, Errors=(0x00000101), Access=user]
  undefined CMAPI_DeviceService_GetIdentity(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the battery's state and charge (0x00000104 on a device that cannot report a battery, e.g. a USB modem). */
  [Result=BatteryStatus, Errors=(0x00000101, 0x00000104), Access=user]
  undefined CMAPI_DeviceService_GetBatteryStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns whether the personalisation a control key lifts is active; never the key's value. */
  [Result=ControlKeyStatus, Errors=(0x00000101, 0x00000210), Access=user]
  undefined CMAPI_DeviceService_GetControlKey(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which key (see ControlKey.keyId); 0x00000210 for a 3GPP2 key on a 3GPP device or the reverse. */
    unsigned long keyId,
    ResultCallback cb);
  /** Enters a control key: with the right value the device lifts the personalisation it controls, for good. */
  [Exclusive, Errors=(0x00000101, 0x00000210, 0x00000211), Access=operator]
  undefined CMAPI_DeviceService_SetControlKey(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The key and its value (0x00000210 for a key of the other system, 0x00000211 when the value is wrong or malformed). */
    ControlKey key,
    ResultCallback cb);
  /** Erases the user's settings and data (known networks, profiles, messages on the device) and restarts the device,
      which then closes every session. Answers before the restart. Needs the administrator or operator access level (0xF0000001). */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0xF0000001), Access=administrator]
  undefined CMAPI_DeviceService_FactoryReset(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Restarts the device. Answers before the restart; the device then disappears (CMAPI_Callback_DeviceChanged) and
      must be opened again when it is back. 0x00000010 when a connection prevents it and the device will not drop it. */
  [Exclusive, Errors=(0x00000101, 0x00000010), Access=administrator]
  undefined CMAPI_DeviceService_Reboot(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the device's clock (set from the network, NITZ, where the network sends it). */
  [Result=DateTime, Errors=(0x00000101), Access=user]
  undefined CMAPI_DeviceService_GetTime(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.9 Device extended services
// ---------------------------------------------------------------------------------------------

/** Where a firmware update stands. */
enum FirmwareUpdateState {
  /** No update in progress and none downloaded. */
  "idle",
  /** Asking the update server whether a newer firmware exists. */
  "checking",
  /** Downloading the update; FirmwareUpdateStatus.progress says how far. */
  "downloading",
  /** Downloaded and verified, waiting to be installed (CMAPI_DeviceExt_StartFirmwareUpdate with installWhenReady). */
  "ready",
  /** Installing; the device restarts at the end and is unreachable meanwhile. */
  "installing",
  /** The last check, download or installation failed; the device keeps its current firmware. */
  "failed"
};

/** A firmware update's progress. */
dictionary FirmwareUpdateStatus {
  /** Where the update stands. */
  required FirmwareUpdateState state;
  /** The version being downloaded or ready to install, as the manufacturer writes it; absent when no update is known. */
  DOMString availableVersion;
  /** Download or installation progress in %, 0-100; present in "downloading" and "installing". */
  octet progress;
};

/** The device's temperature. */
dictionary Temperature {
  /** The temperature of the device's hottest sensor (usually the modem chip), in degrees Celsius, e.g. 41.5. */
  required double celsius;
  /** True while the device reduces its throughput or transmit power to cool down; absent when it cannot tell. */
  boolean throttled;
};

/** A piece of the device log, from the offset asked for. */
dictionary LogChunk {
  /** The log's bytes, at most 65536 before BASE64 encoding; the device chooses the size. The next call's offset is this call's offset plus the decoded length. */
  required Base64 data;
  /** True when the log continues after this chunk. */
  required boolean more;
};

/** A vendor configuration item: a setting outside OpenCMAPI, named and valued as the vendor documents it. */
dictionary ConfigurationItem {
  /** The item's name, as the vendor documents it (e.g. "usb.mode"); 0x00000120 for a name the device does not know. */
  required DOMString name;
  /** The item's value as text (numbers in decimal, booleans "true"/"false"), as the vendor documents it. */
  required DOMString value;
};

/** The antennas the device can switch between and the one in use. */
dictionary AntennaInfo {
  /** The number of entries in antennaList. */
  required unsigned long antennaListElements;
  /** The antennas' names as the vendor documents them (e.g. "internal", "external"); "auto" is listed when the device can choose by itself. */
  required sequence<DOMString> antennaList;
  /** The antenna in use, one of antennaList. */
  required DOMString selected;
};

/** Vendor-side extras: firmware update, temperature, the device log, vendor configuration items and antenna selection. */
[Exposed=Window, SCR="7.9"]
interface CmapiDeviceExt {
  /** Returns where a firmware update stands. */
  [Result=FirmwareUpdateStatus, Errors=(0x00000101), Access=user]
  undefined CMAPI_DeviceExt_GetFirmwareUpdateStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Checks for a firmware update and downloads it. The interim responses: "received" when the request is accepted,
      "processing" while checking and downloading (minutes); the final response comes when the update is "ready",
      or, with installWhenReady, when installation starts (the device then restarts and disappears until it is done).
      0x00000011 when no newer firmware exists, 0x00000014 when the device has no connection to fetch it. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000010, 0x00000011, 0x00000014, 0x00000130), Access=operator]
  undefined CMAPI_DeviceExt_StartFirmwareUpdate(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** True installs the update as soon as it is downloaded; false (the default) stops at "ready", and a later call with true installs it. */
    optional boolean installWhenReady = false,
    ResultCallback cb);
  /** Returns the device's temperature (0x00000104 on a device without a sensor). */
  [Result=Temperature, Errors=(0x00000101, 0x00000104), Access=user]
  undefined CMAPI_DeviceExt_GetTemperature(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Reads the device log from an offset, one chunk per call (0x00000121 when the device offers no log). */
  [Result=LogChunk, Errors=(0x00000101, 0x00000121), Access=administrator]
  undefined CMAPI_DeviceExt_GetLog(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Where to start, in bytes from the log's beginning; 0 (the default) reads from the start. An offset past the end gives empty data and more false. */
    optional unsigned long offset = 0,
    ResultCallback cb);
  /** Reads a vendor configuration item. */
  [Result=ConfigurationItem, Errors=(0x00000101, 0x00000120), Access=administrator]
  undefined CMAPI_DeviceExt_GetConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The item's name (0x00000120 for a name the device does not know). */
    DOMString name,
    ResultCallback cb);
  /** Writes a vendor configuration item; when it applies (at once or after a restart) is the vendor's to document. */
  [Errors=(0x00000101, 0x00000120), Access=operator]
  undefined CMAPI_DeviceExt_SetConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The item to write (0x00000120 for an unknown name or a value the device does not accept). */
    ConfigurationItem item,
    ResultCallback cb);
  /** Returns the antennas and the one in use (0x00000121 when the device cannot switch antennas). */
  [Result=AntennaInfo, Errors=(0x00000101, 0x00000121), Access=user]
  undefined CMAPI_DeviceExt_GetAntennaInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Selects the antenna to use; applies at once. */
  [Errors=(0x00000101, 0x00000002, 0x00000121), Access=administrator]
  undefined CMAPI_DeviceExt_SelectAntenna(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** One of AntennaInfo.antennaList, e.g. "external" or "auto" (0x00000002 for a name not in the list). */
    DOMString antenna,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.10 PIN/PUK management
// ---------------------------------------------------------------------------------------------

/** Which PIN. Card PINs are 4 to 8 decimal digits (ETSI TS 102 221); each card application (NAA) may have its own PIN1 and PIN2. */
enum PinType {
  /** The application's PIN (CHV1): asked at power-up when enabled; 3 tries, then its PUK (PUK1) is needed. */
  "PIN1",
  /** The second PIN (CHV2): guards fixed dialling numbers and some settings; never asked at power-up. Unblocked with PUK2. */
  "PIN2",
  /** The universal PIN (TS 102 221), shared by every application of a UICC that uses it instead of each application's PIN1. Unblocked with UPUK. */
  "UPIN",
  /** The card's administrative code, held by the operator, given as 8 decimal digits; has no PUK. */
  "ADM",
  /** The device's network personalisation code (TS 22.022 NCK), 8 to 16 digits: a device lock, not a card PIN; has no PUK. */
  "NETWORK_LOCK"
};

/** Which PUK (unblocking key, 8 decimal digits; 10 tries, after which the PIN it unblocks is blocked for good). */
enum PukType {
  /** Unblocks PIN1. */
  "PUK1",
  /** Unblocks PIN2. */
  "PUK2",
  /** Unblocks UPIN (the universal PUK). */
  "UPUK"
};

/** Whether a PIN (or PUK) is asked for and where it stands: the card asks for it at power-up only
    when it is enabled, and blocks it after the last wrong try. */
enum PinState {
  /** PIN checking is off: the PIN is not asked at power-up (PIN2 and ADM are never "disabled" in this sense on most cards). */
  "disabled",
  /** PIN checking is on and the PIN has been entered since power-up. */
  "enabled_verified",
  /** PIN checking is on and the PIN must be entered (CMAPI_PIN_Verify) before the card can be used. */
  "enabled_not_verified",
  /** Too many wrong PINs: the PUK is needed (CMAPI_PIN_Unblock). */
  "blocked",
  /** Too many wrong PUKs: the card application is unusable until the operator replaces the card. */
  "permanently_blocked"
};

/** A PIN's state and tries left. */
dictionary PinStatus {
  /** The PIN this status is about. */
  required PinType pinType;
  /** Whether it is checked, entered, or blocked. */
  required PinState state;
  /** Wrong PINs left before it blocks, 0-15 (cards usually allow 3); 0 when blocked. */
  required octet pinRetriesLeft;
  /** Wrong PUKs left before the PIN is blocked for good, 0-15 (cards usually allow 10); absent for a PIN without a PUK (ADM, NETWORK_LOCK). */
  octet pukRetriesLeft;
};

/** Tries left after a PIN operation, successful or not (the error's data carries it too on a wrong PIN). */
dictionary PinRetries {
  /** Wrong PINs left before the PIN blocks, 0-15; 3 after a successful entry on most cards. */
  required octet pinRetriesLeft;
  /** Wrong PUKs left, 0-15; absent for a PIN without a PUK (ADM, NETWORK_LOCK). */
  octet pukRetriesLeft;
};

/** The PINs that the card application and the device support. */
dictionary PinTypeList {
  /** The number of entries in pinTypeList. */
  required unsigned long pinTypeListElements;
  /** The supported PIN types, each once; UPIN only on a UICC that has a universal PIN, NETWORK_LOCK only on a device that can be personalised. */
  required sequence<PinType> pinTypeList;
};

/** PIN verification, change, enabling and disabling, and unblocking with the PUK. PIN/PUK errors are 0x1001SW1SW2 to
    0x1007SW1SW2, with the UICC status word in the low 16 bits (Table 5): e.g. 0x100163C2 is a wrong PIN with 2 tries
    left. A wrong PIN also emits CMAPI_Callback_PinStatusChanged. Every function takes an optional naaName choosing the
    card application whose PIN is meant; without it, the application the device uses for network access (the USIM,
    or the SIM, CSIM or R-UIM). */
[Exposed=Window, SCR="7.10"]
interface CmapiPIN {
  /** Returns a PIN's state and tries left. */
  [Result=PinStatus, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001, 0x11000002), Access=user]
  undefined CMAPI_PIN_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The card application, by the naaName of CMAPI_UICC_GetApplications (e.g. "USIM", "ISIM", "CSIM"); the network access application when absent (0x11000001 for a name the card has no application for). */
    optional DOMString naaName,
    ResultCallback cb);
  /** Enters a PIN. A wrong PIN answers 0x1001SW1SW2 (63CX: X tries left) or, at the last try, 0x1002SW1SW2 (blocked, PUK needed). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002), Access=user]
  undefined CMAPI_PIN_Verify(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The PIN: 4 to 8 decimal digits, up to 16 for NETWORK_LOCK; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Changes a PIN; PIN checking must be enabled. A wrong old PIN answers 0x1003SW1SW2 (or 0x1004SW1SW2 when it blocked the PIN). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10030000, 0x10040000, 0x10070000, 0x11000001, 0x11000002), Access=administrator]
  undefined CMAPI_PIN_Change(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one that cannot be changed, e.g. NETWORK_LOCK). */
    PinType pinType,
    /** The current PIN; write-only. */
    DOMString oldPin,
    /** The new PIN: 4 to 8 decimal digits; write-only. */
    DOMString newPin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Turns PIN checking on: the PIN is then asked at every power-up. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002), Access=administrator]
  undefined CMAPI_PIN_Enable(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN; PIN1 or UPIN in practice (0x11000002 for one that cannot be enabled). */
    PinType pinType,
    /** The PIN, to prove the caller knows it; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Turns PIN checking off: the card is usable at power-up without the PIN. Some operators' cards refuse it (0x10070000 with status word 6982 or 6985). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002), Access=administrator]
  undefined CMAPI_PIN_Disable(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN; PIN1 or UPIN in practice (0x11000002 for one that cannot be disabled). */
    PinType pinType,
    /** The PIN, to prove the caller knows it; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Unblocks a blocked PIN with its PUK and sets a new PIN, which is then verified. A wrong PUK answers 0x1005SW1SW2, the last wrong one 0x1006SW1SW2 (blocked for good). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10050000, 0x10060000, 0x10070000, 0x11000001, 0x11000003), Access=administrator]
  undefined CMAPI_PIN_Unblock(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PUK, and so which PIN it unblocks (0x11000003 for one the card does not have, e.g. UPUK on a card without a universal PIN). */
    PukType pukType,
    /** The PUK: 8 decimal digits, printed on the card's carrier or given by the operator; write-only. */
    DOMString puk,
    /** The new PIN: 4 to 8 decimal digits; write-only. */
    DOMString newPin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Returns the tries left for a PIN and its PUK, without entering anything. */
  [Result=PinRetries, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001, 0x11000002), Access=user]
  undefined CMAPI_PIN_GetRetriesLeft(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Lists the PIN types the card application and the device support. */
  [Result=PinTypeList, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001), Access=user]
  undefined CMAPI_PIN_GetSupportedTypes(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.11 UICC
// ---------------------------------------------------------------------------------------------

/** The state of the card slot. */
enum UiccState {
  /** No card is inserted. */
  "absent",
  /** A card is inserted and is being initialised (reading its applications); a passing state. */
  "present",
  /** The card needs its PIN (CMAPI_PIN_Verify) before it can be used. */
  "pin_required",
  /** The PIN is blocked: the card needs its PUK (CMAPI_PIN_Unblock). */
  "puk_required",
  /** The card is usable. */
  "ready",
  /** The card does not answer or is rejected (e.g. a damaged card, or one locked to another network). */
  "error"
};

/** Whether the card is a plastic card or an embedded one (eUICC). */
enum UiccCardType {
  /** A removable card in a slot. */
  "physical",
  /** An eUICC (GSMA SGP.22): its profiles are downloaded, and it has an EID. */
  "esim"
};

/** The card's state and identity (of the active slot, on a device with several). */
dictionary UiccStatus {
  /** The card slot's state. */
  required UiccState state;
  /** The card's ICCID (ITU-T E.118): 18 to 20 decimal digits, as printed on the card (padding F nibbles dropped); absent when no card is readable. */
  DOMString iccid;
  /** For an eUICC: its EID, 32 decimal digits (GSMA SGP.29), as ModemManager's Sim.Eid reports it. */
  DOMString eid;
  /** Physical card or eUICC; absent when the device cannot tell. */
  UiccCardType cardType;
  /** The slot this is, from 1 (CMAPI_UICC_GetSlots); absent on a device with one slot. */
  unsigned short slot;
};

/** One card slot of a device with several (dual SIM, or a SIM slot beside an eUICC). */
dictionary UiccSlot {
  /** The slot's number, from 1, as CMAPI_UICC_SetActiveSlot takes it. */
  required unsigned short slot;
  /** Whether the modem uses this slot now (one at a time: a single-standby device). */
  required boolean active;
  /** The slot's state. */
  required UiccState state;
  /** The ICCID of its card, or of an eUICC's enabled profile; absent when none is readable. */
  DOMString iccid;
  /** For an eUICC: its EID, 32 decimal digits. */
  DOMString eid;
  /** Physical card or eUICC; absent when the slot is empty or the device cannot tell. */
  UiccCardType cardType;
};

/** The device's card slots. */
dictionary UiccSlotList {
  /** The number of entries in slotList. */
  required unsigned long slotListElements;
  /** Every slot, in the order of their numbers. */
  required sequence<UiccSlot> slotList;
};

/** An application on the card (an entry of EF_DIR). */
dictionary UiccApplication {
  /** The application identifier: 10 to 32 hexadecimal digits, upper case (5 to 16 bytes, ETSI TS 101 220), e.g. "A0000000871002FF49FF0589" for a USIM. */
  required DOMString aid;
  /** The network access application's kind: "USIM", "ISIM", "CSIM", "SIM" or "RUIM"; another value, as the device names it, for an application that is not an NAA. The value the PIN functions' naaName takes. */
  required DOMString naaName;
  /** The application's label from EF_DIR, for showing to the user; absent when the card gives none. */
  DOMString label;
};

/** The card's applications. */
dictionary UiccApplicationList {
  /** The number of entries in applicationList. */
  required unsigned long applicationListElements;
  /** The applications, in EF_DIR order; empty for a 2G SIM, which has none. */
  required sequence<UiccApplication> applicationList;
};

/** The card's answer to a command APDU. */
dictionary ApduResponse {
  /** The response data, without the status word; empty when the card returned none. */
  required Base64 data;
  /** The status word SW1SW2 as four hexadecimal digits, upper case (Table 5), e.g. "9000" for success. A card error is reported here, not as a function error. */
  required DOMString statusWord;
};

/** A logical channel opened to a card application. */
dictionary LogicalChannel {
  /** The channel number, 1-19 (ETSI TS 102 221: 1-3 standard, 4-19 extended); 0, the basic channel, is never opened. */
  required octet channel;
  /** The response data of the SELECT that opened the channel (the application's FCP template, ISO 7816-4); absent when the card returned none. */
  Base64 selectResponse;
};

/** The content of an elementary file. */
dictionary UiccFile {
  /** The bytes read. */
  required Base64 data;
  /** The status word of the last READ BINARY, four hexadecimal digits (Table 5), e.g. "9000"; a warning such as "6282" (end of file reached before length) with the bytes read. */
  required DOMString statusWord;
};

/** The card's answer to reset. */
dictionary Atr {
  /** The ATR bytes (ISO 7816-3), 2 to 33 bytes. */
  required Base64 atr;
};

/** The result of CMAPI_UICC_SetTerminalProfile. */
dictionary TerminalProfileResult {
  /** True when the profile was set but some of its toolkit facilities overlap with ones the device or another application already handles: the call succeeded except for those facilities, which stay with their current handler (Table 4's 0x00000554, reported here because it is not a failure). */
  required boolean toolkitOverlap;
};

/** A proactive command the card sent (ETSI TS 102 223) that the device leaves to the applications. */
dictionary UiccProactiveCommand {
  /** The device whose card sent the command. */
  required DeviceId deviceId;
  /** The whole proactive command as fetched from the card: the BER-TLV with tag D0. */
  required Base64 command;
  /** The command number of its command details, 1-254, which the terminal response repeats. */
  required octet commandNumber;
  /** The type of command of its command details (TS 102 223), e.g. 0x21 DISPLAY TEXT, 0x24 SELECT ITEM, 0x25 SET UP MENU, 0x13 SEND SHORT MESSAGE. */
  required octet commandType;
};

/** Card status and applications, APDUs over logical channels, file reads, and the card application toolkit (envelopes,
    terminal profile, proactive commands and terminal responses). A card's error status word is reported in the result's
    statusWord where the result has one; 0x00000501 means the device has no card reader, 0x00000502 that the card is
    absent or does not answer. */
[Exposed=Window, SCR="7.11"]
interface CmapiUICC {
  /** Returns the card slot's state and the card's ICCID. */
  [Result=UiccStatus, Errors=(0x00000101, 0x00000501), Access=user]
  undefined CMAPI_UICC_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the device's card slots and which one the modem uses (ModemManager's SimSlots and
      PrimarySimSlot). A device with one slot lists it, active. */
  [Result=UiccSlotList, Errors=(0x00000101, 0x00000501), Access=user]
  undefined CMAPI_UICC_GetSlots(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Makes the modem use another card slot (ModemManager's SetPrimarySimSlot). The modem restarts
      its radio: connections over the old card end, and CMAPI_Callback_UICCStatusChanged reports the
      new card. 0x00000002 when no slot has that number, 0x00000007 on a device with one slot. */
  [Errors=(0x00000101, 0x00000501), Access=administrator]
  undefined CMAPI_UICC_SetActiveSlot(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The slot to use, from CMAPI_UICC_GetSlots. */
    unsigned short slot,
    ResultCallback cb);
  /** Returns the card's answer to reset, as received at the last reset. */
  [Result=Atr, Errors=(0x00000101, 0x00000501, 0x00000502), Access=user]
  undefined CMAPI_UICC_GetATR(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the card's applications (EF_DIR). */
  [Result=UiccApplicationList, Errors=(0x00000101, 0x00000501, 0x00000502), Access=user]
  undefined CMAPI_UICC_GetApplications(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Opens a logical channel and selects an application on it (MANAGE CHANNEL, then SELECT by AID). The channel stays
      open until CloseLogicalChannel, the session's end or a card reset. 0x00000002 when the card has no application with
      that AID or no free channel (the card's status word in the error's data). */
  [Result=LogicalChannel, Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502), Access=administrator]
  undefined CMAPI_UICC_OpenLogicalChannel(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The application's AID, 10 to 32 hexadecimal digits (a partial AID selects the first application it starts). */
    DOMString aid,
    ResultCallback cb);
  /** Closes a logical channel this application opened. */
  [Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502), Access=administrator]
  undefined CMAPI_UICC_CloseLogicalChannel(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The channel, 1-19, from OpenLogicalChannel (0x00000002 for one that is not open). */
    octet channel,
    ResultCallback cb);
  /** Sends a command APDU on a channel and returns the card's response. The device puts the channel number into CLA
      and handles GET RESPONSE (61XX) and wrong-length retries (6CXX) itself. MANAGE CHANNEL and SELECT by AID on
      channel 0 are refused (0x00000002): use OpenLogicalChannel. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502), Access=administrator]
  undefined CMAPI_UICC_TransmitAPDU(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The channel, 0 (basic) or 1-19 from OpenLogicalChannel. */
    octet channel,
    /** The command APDU (ISO 7816-4, cases 1 to 4: CLA INS P1 P2 [Lc data] [Le]), 4 to 261 bytes. */
    Base64 apdu,
    ResultCallback cb);
  /** Reads a transparent elementary file by path. 0x00004007 when the path names no file on the card (status word 6A82). */
  [Result=UiccFile, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00004007), Access=administrator]
  undefined CMAPI_UICC_ReadFile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The file's path from the master file as concatenated file ids in hexadecimal, e.g. "3F007F206F07" (EF_IMSI of the GSM DF) or "3F007FFF6F07" (EF_IMSI of the current USIM ADF). */
    DOMString path,
    /** Where to start reading, in bytes from the file's start; 0 by default. */
    optional unsigned short offset = 0,
    /** How many bytes to read; up to the end of the file when absent. */
    optional unsigned short length,
    ResultCallback cb);
  /** Sends a toolkit ENVELOPE command (e.g. menu selection, event download, SMS-PP download) and returns the card's answer. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000551, 0x00000552), Access=operator]
  undefined CMAPI_UICC_SendEnvelope(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The ENVELOPE's data: a BER-TLV (TS 102 223, e.g. tag D3 menu selection, D6 event download), without the APDU header (0x00000552 when malformed; 0x00000551 when the device already handles that envelope itself). */
    Base64 envelope,
    ResultCallback cb);
  /** Tells the card which toolkit facilities this application handles (TERMINAL PROFILE). The device merges them with
      its own; where they overlap, the call still succeeds and the result says so (toolkitOverlap: Table 4's 0x00000554).
      After it, the card's proactive commands for those facilities arrive as CMAPI_Callback_UICCProactiveCommand. */
  [Result=TerminalProfileResult, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000553), Access=operator]
  undefined CMAPI_UICC_SetTerminalProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The terminal profile bytes (TS 102 223 section 5.2), one bit per facility (0x00000553 when malformed). */
    Base64 profile,
    ResultCallback cb);
  /** Answers a proactive command (CMAPI_Callback_UICCProactiveCommand) with a TERMINAL RESPONSE; the card may answer with its next proactive command pending (status word 91XX). */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000555), Access=operator]
  undefined CMAPI_UICC_SendTerminalResponse(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The TERMINAL RESPONSE's data (TS 102 223 section 6.8), repeating the command's details (0x00000555 when malformed or answering no pending command). */
    Base64 response,
    ResultCallback cb);
};

/** The card sent a proactive command that the device leaves to applications (one for a facility an application set with CMAPI_UICC_SetTerminalProfile). The application answers it with CMAPI_UICC_SendTerminalResponse, promptly: the card waits. */
[Access=operator]
callback CMAPI_Callback_UICCProactiveCommand = undefined (UiccProactiveCommand payload);

// ---------------------------------------------------------------------------------------------
// 7.12 WLAN, with Hotspot 2.0 (Passpoint)
// ---------------------------------------------------------------------------------------------

/** A network's authentication and key management (what Wi-Fi settings call "security"). */
enum WlanSecurity {
  // opencmapi-gen-lint-ignore ENUM_VALUE_STYLE_CONSISTENT: the other values are security standards, whose capitals are their names
  /** No authentication, no encryption. */
  "open",
  /** WEP, with a 40- or 104-bit key; obsolete and insecure, refused by many devices and by "secure_networks_only". */
  "WEP",
  /** WPA with a pre-shared key (WPA-PSK, usually TKIP). */
  "WPA_PERSONAL",
  /** WPA2 (RSN) with a pre-shared key (WPA2-PSK, CCMP). */
  "WPA2_PERSONAL",
  /** WPA3 with a password (SAE); a WPA2/WPA3 transition network may be joined with either. */
  "WPA3_PERSONAL",
  /** WPA with IEEE 802.1X/EAP authentication (needs eap). */
  "WPA_ENTERPRISE",
  /** WPA2 with IEEE 802.1X/EAP authentication (needs eap); what Hotspot 2.0 networks use. */
  "WPA2_ENTERPRISE",
  /** WPA3 with IEEE 802.1X/EAP authentication (needs eap), including the 192-bit mode. */
  "WPA3_ENTERPRISE",
  /** Enhanced Open (OWE, RFC 8110): no password, but encrypted; an OWE transition network also
      offers "open" (WlanScanEntry.securities lists both). */
  "OWE"
};

/** Protected management frames (IEEE 802.11w) as an access point offers them. */
enum WlanPmf {
  /** Not offered. */
  "disabled",
  /** Offered, not required (WPA2/WPA3 transition networks). */
  "optional",
  /** Required (WPA3, OWE and every 6 GHz network). */
  "required"
};

/** A network's data encryption (pairwise cipher). */
enum WlanEncryption {
  // opencmapi-gen-lint-ignore ENUM_VALUE_STYLE_CONSISTENT: the other values are cipher names, whose capitals are their names
  /** No encryption (open networks). */
  "none",
  /** WEP (RC4). */
  "WEP",
  /** TKIP, of WPA; deprecated. */
  "TKIP",
  /** AES-CCMP, of WPA2 and WPA3. */
  "AES_CCMP",
  /** AES-GCMP (128 or 256 bits), e.g. in WPA3-Enterprise's 192-bit mode. */
  "GCMP"
};

/** The EAP method of an enterprise or Hotspot 2.0 network. */
enum EapMethod {
  /** EAP-TLS: a client certificate and its private key, no password. */
  "EAP_TLS",
  /** EAP-TTLS: a password inside a TLS tunnel, with a phase-2 method (usually PAP or MSCHAPV2). */
  "EAP_TTLS",
  /** PEAP: a password inside a TLS tunnel, with a phase-2 method (usually MSCHAPV2). */
  "PEAP",
  /** EAP-SIM: the SIM's credentials (GSM authentication); needs a card application the device can use (0x00011009 otherwise). */
  "EAP_SIM",
  /** EAP-AKA: the USIM's credentials; needs a card application the device can use (0x00011009 otherwise). */
  "EAP_AKA",
  /** EAP-AKA' (RFC 5448): as EAP-AKA with a stronger key derivation, what Wi-Fi calling networks use. */
  "EAP_AKA_PRIME"
};

/** The inner (phase-2) authentication of EAP-TTLS and PEAP. */
enum EapPhase2Method {
  /** Plain password (EAP-TTLS only). */
  "PAP",
  /** MS-CHAP (EAP-TTLS only). */
  "MSCHAP",
  /** MS-CHAPv2: the usual inner method of PEAP. */
  "MSCHAPV2",
  /** EAP-GTC: generic token card, e.g. one-time passwords. */
  "GTC"
};

/** How the device takes part in a network. */
enum WlanMode {
  /** Through an access point: every ordinary Wi-Fi network. */
  "infrastructure",
  /** Directly with other stations, without an access point (IBSS); not supported by most phones (0x00010008). */
  "adhoc"
};

/** The WLAN interface's connection state, in the order a connection goes through them. */
enum WlanConnectionState {
  /** Not associated with any network. */
  "disconnected",
  /** Scanning for the network to join. */
  "scanning",
  /** Associating with an access point. */
  "associating",
  /** Exchanging keys or running EAP with the access point; a wrong key fails here (0x00012004). */
  "authenticating",
  /** Associated and authenticated, waiting for an IP address (DHCP or IPv6 autoconfiguration). */
  "obtaining_ip",
  /** Associated, authenticated and with an IP address: traffic can flow. */
  "connected"
};

/** How Wi-Fi Protected Setup (WPS) proves the user may join. */
enum WpsMethod {
  /** The user presses the WPS button on the access point within 2 minutes. */
  "push_button",
  /** The user enters an 8-digit PIN on the access point (the device's, from WpsResult) or gives the access point's PIN to CMAPI_WLAN_StartWPS. */
  "pin"
};

/** Which networks the device may connect to. */
enum WlanSecurityMode {
  /** Only networks in the known-networks list; connecting to others gives 0x00011002, adding them needs the administrator access level. */
  "known_networks_only",
  /** Any network, known or not. */
  "any_network",
  /** Only networks with WPA2 or better and an allowed encryption (WlanSecurityPolicy.allowedEncryption): open and WEP networks are refused (0x00011005). */
  "secure_networks_only"
};

/** Names of the ANQP elements (IEEE 802.11u, and Hotspot 2.0 for the hs20_ ones) that CMAPI_WLAN_QueryANQP asks for. */
enum AnqpElementName {
  /** Venue Name (info ID 258): the venue's name, in several languages. */
  "venue_name",
  /** Network Authentication Type (260): whether a captive portal asks to accept terms or log in, and its URL. */
  "network_auth_type",
  /** Roaming Consortium (261): the roaming consortium OIs whose members' credentials work here. */
  "roaming_consortium",
  /** IP Address Type Availability (262): whether IPv4 and IPv6 addresses are public, NATed or unavailable. */
  "ip_address_type_availability",
  /** NAI Realm (263): the realms whose credentials work here, and their EAP methods. */
  "nai_realm",
  /** 3GPP Cellular Network (264): the PLMNs whose SIM credentials work here (EAP-SIM/AKA). */
  "3gpp_cellular_network",
  /** Domain Name (268): the domains of the operator running the hotspot. */
  "domain_name",
  /** Hotspot 2.0 Operator Friendly Name: the hotspot operator's name to show the user. */
  "hs20_operator_friendly_name",
  /** Hotspot 2.0 WAN Metrics: the backhaul's speeds and load. */
  "hs20_wan_metrics",
  /** Hotspot 2.0 Connection Capability: which IP protocols and ports are open. */
  "hs20_connection_capability",
  /** Hotspot 2.0 OSU Providers List: the online sign-up servers that sell credentials here. */
  "hs20_osu_providers_list"
};

/** An EAP configuration to write (known networks and Hotspot 2.0 credentials). The password and the client's private key are accepted here and never returned. */
dictionary EapSettings {
  /** The EAP method (0x0001000B when the device does not support it). */
  required EapMethod method;
  /** The authentication server's name must end with this domain (NetworkManager's
      domain-suffix-match, Android's domain): without it, any server whose certificate chains to the
      CA is trusted. E.g. "radius.example.com". */
  DOMString domainSuffixMatch;
  /** The user name (inner identity), e.g. "alice@example.com"; not used with EAP-SIM/AKA, whose identity comes from the card. */
  DOMString identity;
  /** The outer identity sent in clear before the TLS tunnel, e.g. "anonymous@example.com"; EAP-TTLS and PEAP; the identity is sent in clear when absent. */
  DOMString anonymousIdentity;
  /** The password, for EAP-TTLS and PEAP; write-only; the stored one is kept when absent on an update. */
  DOMString password;
  /** The CA certificate that the server's certificate must chain to, X.509 DER; when absent the device uses its system CAs. */
  Base64 caCertificate;
  /** The client certificate, X.509 DER, for EAP-TLS. */
  Base64 clientCertificate;
  /** The client certificate's private key, PKCS #8 DER, for EAP-TLS; write-only. */
  Base64 clientKey;
  /** The inner method of EAP-TTLS and PEAP (0x0001000C when missing for them or given for another method). */
  EapPhase2Method phase2Method;
};

/** An EAP configuration as results show it: no password or private key, only whether they are set. */
dictionary EapConfiguration {
  /** The EAP method. */
  required EapMethod method;
  /** The user name (inner identity); absent for EAP-SIM/AKA. */
  DOMString identity;
  /** The outer identity sent in clear; absent when the identity itself is sent. */
  DOMString anonymousIdentity;
  /** True when a password is stored. */
  boolean passwordSet;
  /** The CA certificate the server's must chain to, X.509 DER; absent when the system CAs are used. */
  Base64 caCertificate;
  /** The client certificate, X.509 DER, for EAP-TLS. */
  Base64 clientCertificate;
  /** True when the client certificate's private key is stored. */
  boolean clientKeySet;
  /** The inner method of EAP-TTLS and PEAP. */
  EapPhase2Method phase2Method;
};

/** A known network to add or replace: what CMAPI_WLAN_AddKnownNetwork and UpdateKnownNetwork take. The key is accepted here and never returned. Each member's error code is in its description. */
dictionary WlanNetworkSettings {
  /** The position in the known-networks list, 0 first: lower indexes are tried first. Adding inserts here and moves the others down (0x00013007 past the end of the list; 0x00013008 among the predefined networks, which come first); updating replaces the network here (0x00010001 when there is none). */
  required unsigned long index;
  /** The network's name, 1 to 32 bytes ("" is refused: a known network always has a name, hidden or not); 0x00010004 when the device refuses the name. */
  required Ssid ssid;
  /** Restricts the network to one access point, AA:BB:CC:DD:EE:FF; any access point with the SSID when absent (0x00010005 when malformed). */
  DOMString bssid;
  /** A name to show the user instead of the SSID, up to 64 characters; the SSID is shown when absent (0x00010006 when too long). */
  DOMString friendlyName;
  /** The network's security (0x00010007 when the device does not support it; 0xF0000006 when the security policy forbids it). */
  required WlanSecurity security;
  /** The pairwise cipher; the device negotiates the best one the security allows when absent (0x0001000D when unsupported, 0x00013001 when it does not fit the security, e.g. TKIP with WPA3). */
  WlanEncryption encryption;
  /** The key, for the personal and WEP securities: a WPA/WPA2 passphrase of 8 to 63 printable ASCII characters or a 64-hex-digit PSK; a WPA3 (SAE) password of 1 to 128 characters; a WEP key of 5 or 13 characters or 10 or 26 hex digits (0x0001000A when it does not fit the security). Write-only; the stored key is kept when absent on an update. */
  DOMString key;
  /** The EAP configuration, required for the enterprise securities and ignored otherwise (0x0001000C when missing or inconsistent). */
  EapSettings eap;
  /** Infrastructure (the default) or ad hoc (0x00010008 when the device does not support it). */
  WlanMode mode = "infrastructure";
  /** True when the network does not broadcast its SSID: the device then probes for it by name, which reveals the name wherever the device goes (0x00010009 when the device cannot). false by default. */
  boolean hidden = false;
  /** True (the default): the device joins the network by itself when in range; false: only by CMAPI_WLAN_Connect. */
  boolean autoConnect = true;
};

/** A known network as results show it: the settings without the key, with keySet and predefined. */
dictionary WlanNetwork {
  /** The position in the known-networks list, 0 first; the predefined networks come first. */
  required unsigned long index;
  /** The network's name, 1 to 32 bytes. */
  required Ssid ssid;
  /** The one access point the network is restricted to, AA:BB:CC:DD:EE:FF; absent when any access point with the SSID will do. */
  DOMString bssid;
  /** The name to show the user; absent when the SSID is shown. */
  DOMString friendlyName;
  /** The network's security. */
  required WlanSecurity security;
  /** The pairwise cipher; absent when the device negotiates it. */
  WlanEncryption encryption;
  /** True when a key is stored (its value is write-only); absent or false for open and enterprise networks. */
  boolean keySet;
  /** The EAP configuration, for the enterprise securities. */
  EapConfiguration eap;
  /** Infrastructure or ad hoc. */
  WlanMode mode = "infrastructure";
  /** True when the device probes for the network by name. */
  boolean hidden = false;
  /** True when the device joins the network by itself when in range. */
  boolean autoConnect = true;
  /** True for a network the operator provisioned: it cannot be updated, moved or deleted (0x00010002). */
  boolean predefined = false;
};

/** The known networks. */
dictionary WlanNetworkList {
  /** The number of entries in networkList. */
  required unsigned long networkListElements;
  /** The known networks in priority order (by index), the predefined ones first. */
  required sequence<WlanNetwork> networkList;
};

/** One access point a scan found. A network with several access points gives one entry per access point. */
dictionary WlanScanEntry {
  /** The network's name; "" for an access point that hides it (a hidden network). */
  required Ssid ssid;
  /** The access point's MAC address, AA:BB:CC:DD:EE:FF. */
  required DOMString bssid;
  /** The strongest security the access point offers. */
  required WlanSecurity security;
  /** The received signal strength in dBm, -127..0 (e.g. -45 is strong, -85 barely usable). */
  required long rssi;
  /** The channel number in its band: 1-14 at 2.4 GHz, 32-177 at 5 GHz, 1-233 at 6 GHz. */
  required unsigned short channel;
  /** The channel's centre frequency in MHz, 2412-7115; tells the band, which the channel number alone does not. */
  required unsigned long frequency;
  /** True when the network is in the known-networks list. */
  required boolean known;
  /** True when the access point advertises Hotspot 2.0 (Passpoint): CMAPI_WLAN_QueryANQP can ask it which credentials it accepts. */
  boolean passpoint = false;
  /** Every security the access point offers, security (the strongest) included: a WPA2/WPA3
      transition network lists WPA2_PERSONAL and WPA3_PERSONAL, an OWE transition one open and
      OWE. Absent: security alone. */
  sequence<WlanSecurity> securities;
  /** Protected management frames (IEEE 802.11w); absent when the device does not report them. */
  WlanPmf pmf;
  /** True when the access point advertises WPS (CMAPI_WLAN_StartWPS can join it). */
  boolean wps;
  /** The channel width, in MHz: 20, 40, 80, 160 or 320 (Wi-Fi 7). */
  unsigned short channelWidth;
  /** How long ago the access point was last heard, in s (0..3600); 0 in the scan that found it. */
  unsigned long lastSeen;
  /** The highest rate the access point advertises, in Mbit/s (1..46120: 802.11b's 1 to Wi-Fi 7's
      46 Gbit/s), as NetworkManager's MaxBitrate; what a link to it can reach, not what it will. */
  unsigned long maxBitRate;
};

/** What the device's WLAN interface can do, so that an application offers only what works. */
dictionary WlanCapabilities {
  /** The bands it can use. */
  required sequence<RouterBand> bands;
  /** The securities it can join (and, where accessPoint is true, offer). */
  required sequence<WlanSecurity> securities;
  /** The channel widths it can use, in MHz (20, 40, 80, 160, 320). */
  required sequence<unsigned short> channelWidths;
  /** Whether it can run as an access point (a hotspot, the Router group). */
  required boolean accessPoint;
  /** Whether it can join with WPS (CMAPI_WLAN_StartWPS). */
  required boolean wps;
  /** Whether it can use Hotspot 2.0 credentials (CMAPI_WLAN_AddPasspointCredential). */
  required boolean passpoint;
  /** Whether it can protect management frames (IEEE 802.11w), which WPA3 and 6 GHz need. */
  required boolean pmf;
  /** The highest link rate it can reach, in Mbit/s (1..46120); absent when the driver does not say. */
  unsigned long maxBitRate;
};

/** The access points in range. */
dictionary WlanScanResult {
  /** The number of entries in scanList. */
  required unsigned long scanListElements;
  /** The access points found, strongest (highest rssi) first. */
  required sequence<WlanScanEntry> scanList;
};

/** The WLAN interface's connection. Members other than state and macAddress are present only while associated (state "obtaining_ip" or "connected"). */
dictionary WlanStatus {
  /** The connection state. */
  required WlanConnectionState state;
  /** The network's name. */
  Ssid ssid;
  /** The access point's MAC address, AA:BB:CC:DD:EE:FF. */
  DOMString bssid;
  /** The received signal strength in dBm, -127..0. */
  long rssi;
  /** The channel number in its band (see WlanScanEntry.channel). */
  unsigned short channel;
  /** The current transmit link rate in Mbit/s, e.g. 866; it varies with the signal. */
  unsigned long linkSpeed;
  /** The MAC address the interface uses on this network (it may be a randomised one, see CMAPI_WLAN_SetMACAddress), AA:BB:CC:DD:EE:FF. */
  DOMString macAddress;
};

/** The WLAN interface's MAC address. */
dictionary MacAddress {
  /** The address in use, AA:BB:CC:DD:EE:FF, upper case. */
  required DOMString macAddress;
};

/** What a WPS start gives back. */
dictionary WpsResult {
  // opencmapi-gen-lint-ignore RESULT_NO_SECRET: a one-time code the device shows for the user to type into the access point, not a credential of the device
  /** With the PIN method and no pin given: the PIN the device generated (8 digits, 4 on some devices), for the user to enter on the access point within 2 minutes (a one-time code, so it is returned). Absent otherwise. */
  DOMString pin;
};

/** Which networks the device may join and with which encryption. */
dictionary WlanSecurityPolicy {
  /** Which networks the device may connect to. */
  required WlanSecurityMode mode;
  /** The ciphers allowed, at least one; a network whose cipher is not listed is refused (0x00011005, and 0xF0000006 when adding it). */
  required sequence<WlanEncryption> allowedEncryption;
};

/** A Hotspot 2.0 (Passpoint) credential to add: a subscription that lets the device join any hotspot that accepts it. The EAP password and private key are accepted here and never returned. */
dictionary PasspointCredentialSettings {
  /** An id the application chooses, unique on the device, e.g. "example-sub-1"; used to delete the credential. */
  required DOMString credentialId;
  /** The home service provider's FQDN, e.g. "hotspot.example.com": hotspots whose Domain Name element lists it are home networks. */
  required DOMString fqdn;
  /** The provider's name to show the user, up to 64 characters (0x00010006 when too long). */
  required DOMString friendlyName;
  /** The NAI realm of the credential, e.g. "example.com": hotspots whose NAI Realm element lists it accept it. */
  required DOMString realm;
  /** The EAP configuration: EAP-TTLS with a password, EAP-TLS with a certificate, or EAP-SIM/AKA/AKA' with the card (0x0001000B for another method, 0x0001000C when inconsistent, 0x00011009 for SIM-based methods on a device without a usable card). */
  required EapSettings eap;
  /** Roaming consortium OIs, each 6 or 10 hexadecimal digits (e.g. "5A03BA0000"): hotspots advertising one of them accept the credential; none when absent. */
  sequence<DOMString> roamingConsortiumOis;
};

/** A Hotspot 2.0 credential as results show it: without the EAP password or private key. */
dictionary PasspointCredential {
  /** The id given when it was added. */
  required DOMString credentialId;
  /** The home service provider's FQDN. */
  required DOMString fqdn;
  /** The provider's name to show the user. */
  required DOMString friendlyName;
  /** The NAI realm of the credential. */
  required DOMString realm;
  /** The EAP configuration, secrets only as passwordSet and clientKeySet. */
  required EapConfiguration eap;
  /** Roaming consortium OIs, hexadecimal; absent when none. */
  sequence<DOMString> roamingConsortiumOis;
};

/** The Hotspot 2.0 credentials on the device. */
dictionary PasspointCredentialList {
  /** The number of entries in credentialList. */
  required unsigned long credentialListElements;
  /** The credentials, in the order they were added. */
  required sequence<PasspointCredential> credentialList;
};

/** Hotspot 2.0 network selection and the hotspot in use. */
dictionary PasspointStatus {
  /** True when the device selects and joins Hotspot 2.0 networks by itself with its credentials. */
  required boolean enabled;
  /** The FQDN of the credential the current connection uses; absent when not connected through Hotspot 2.0. */
  DOMString connectedFqdn;
  /** The current hotspot's venue name (from its Venue Name element, in the device's language where offered); absent when unknown. */
  DOMString venueName;
};

/** One ANQP element an access point returned. */
dictionary AnqpElement {
  /** Which element. */
  required AnqpElementName name;
  /** The element's payload as the access point sent it (after the info ID and length fields), IEEE 802.11 or Hotspot 2.0 encoding. */
  required Base64 value;
};

/** The answer of an access point to an ANQP query. */
dictionary AnqpResponse {
  /** The access point that answered, AA:BB:CC:DD:EE:FF. */
  required DOMString bssid;
  /** The number of entries in elementList. */
  required unsigned long elementListElements;
  /** The elements the access point returned, in the order asked; an element it does not have is left out. */
  required sequence<AnqpElement> elementList;
};

/** Scanning, known networks and their security, connecting, WPS, IP configuration, the MAC address, the security policy,
    and Hotspot 2.0 (Passpoint) credentials and ANQP queries. MAC addresses (bssid, macAddress) are six hex pairs
    separated by colons, AA:BB:CC:DD:EE:FF; results give them in upper case, arguments may use either case. */
[Exposed=Window, SCR="7.12"]
interface CmapiWLAN {
  /** Scans for networks in range and answers with what it found (also sent as CMAPI_Callback_WLANScanCompleted). The
      interim responses: "received" when the scan is accepted, "processing" while the radio scans (2 to 10 s with 5 and
      6 GHz); the final response carries the result. 0x00000132 while the WLAN radio is off. */
  [Result=WlanScanResult, Interim, Exclusive, Errors=(0x00000101, 0x00000104, 0x00000132), Access=user]
  undefined CMAPI_WLAN_Scan(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Probes for this network by name too, to find a hidden one (1 to 32 bytes); without it, only broadcast names are found and hidden networks appear with ssid "". */
    optional Ssid ssid,
    ResultCallback cb);
  /** Returns the last scan's result without scanning again (0x00000011 when there has been no scan since the radio came on). Entries may be up to a minute old. */
  [Result=WlanScanResult, Errors=(0x00000101, 0x00000011), Access=user]
  undefined CMAPI_WLAN_GetScanResults(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the known (saved) networks in priority order; keys and EAP secrets are not returned. */
  [Result=WlanNetworkList, Errors=(0x00000101), Access=administrator]
  undefined CMAPI_WLAN_GetKnownNetworks(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Adds a known network at its index, moving the networks from that index down by one. */
  [Errors=(0x00000101, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x00010008, 0x00010009, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00011009, 0x00013001, 0x00013007, 0x00013008, 0xF0000006), Access=administrator]
  undefined CMAPI_WLAN_AddKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network, with its key; each member's error code is in its description (0x00010004 also when a network with the same SSID and BSSID is already known). */
    WlanNetworkSettings network,
    ResultCallback cb);
  /** Replaces the known network at the network's index; a key or EAP password left out keeps the stored one. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x00010008, 0x00010009, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00011009, 0x00013001, 0x00013002, 0xF0000006), Access=administrator]
  undefined CMAPI_WLAN_UpdateKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network; its index says which one to replace (0x00010001 when none is there, which a client treats like its Table 4 twin 0x00013002; 0x00010002 when it is predefined). */
    WlanNetworkSettings network,
    ResultCallback cb);
  /** Deletes the known network at an index; the networks after it move up by one. The device disconnects if it was connected to it. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013002), Access=administrator]
  undefined CMAPI_WLAN_DeleteKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network's index (0x00010001 when none is there, which a client treats like its Table 4 twin 0x00013002; 0x00010002 when it is predefined). */
    unsigned long index,
    ResultCallback cb);
  /** Moves a known network to another priority index; the networks between shift by one. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013007, 0x00013008), Access=administrator]
  undefined CMAPI_WLAN_MoveKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network's current index (0x00010001 when none is there, 0x00010002 when it is predefined). */
    unsigned long fromIndex,
    /** Its new index (0x00013007 past the end of the list, 0x00013008 among the predefined networks). */
    unsigned long toIndex,
    ResultCallback cb);
  /** Connects to a known network, leaving the current one. The interim responses: "received" when the request is
      accepted, "processing" while associating and authenticating (usually 1 to 5 s, up to 30 s with EAP); the final
      response comes when the association is made and authenticated; the IP address may come later
      (CMAPI_Callback_WLANConnectionChanged, state "connected"). 0x00012004 when the key or EAP credentials are refused. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000010, 0x00000132, 0x00011002, 0x00011005, 0x00012001, 0x00012002, 0x00012004), Access=user]
  undefined CMAPI_WLAN_Connect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The name of the known network to join, 1 to 32 bytes, matched byte for byte (0x00012001 when no known network has it; 0x00011002 when the policy allows known networks only and it is not one). */
    Ssid ssid,
    /** Joins this access point only, AA:BB:CC:DD:EE:FF; the strongest access point of the network when absent (0x00012002 when it is not one of the known network's). */
    optional DOMString bssid,
    ResultCallback cb);
  /** Disconnects from the current network; the network stays known, but autoConnect networks may be joined again unless the application disables them. 0x00011001 when there is no connection (a client treats its Table 4 twin 0x00013003 alike). */
  [Exclusive, Errors=(0x00000101, 0x00011001, 0x00013003), Access=user]
  undefined CMAPI_WLAN_Disconnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the connection state, and the network, signal and link rate while associated. */
  [Result=WlanStatus, Errors=(0x00000101), Access=user]
  undefined CMAPI_WLAN_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Starts Wi-Fi Protected Setup, which joins a network and adds it to the known networks without typing its key. The
      interim responses: "received" when WPS starts, "processing" while the device waits for the user at the access
      point (up to 2 minutes, the WPS walk time); the final response comes when WPS has started, with the device's PIN
      if it generated one, and CMAPI_Callback_WPSCompleted reports the outcome. 0x00000121 when the device has no WPS. */
  [Result=WpsResult, Interim, Exclusive, Errors=(0x00000101, 0x00000121, 0x00000132, 0x00010005, 0x00011007), Access=administrator]
  undefined CMAPI_WLAN_StartWPS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Push button or PIN. */
    WpsMethod method,
    /** With the PIN method: the access point's PIN, 8 digits (or 4 on some access points), which the device enters; when absent the device generates one (WpsResult.pin). 0x00011007 when malformed or its check digit is wrong. */
    optional DOMString pin,
    /** Uses this access point only, AA:BB:CC:DD:EE:FF; the one whose WPS is active when absent (0x00010005 when malformed). */
    optional DOMString bssid,
    ResultCallback cb);
  /** Cancels a WPS run that has not completed (0x00011006 when none is running). */
  [Errors=(0x00000101, 0x00011006), Access=administrator]
  undefined CMAPI_WLAN_CancelWPS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the IP configuration of the WLAN interface (0x00011008 when not connected, 0x00012003 while associated but still waiting for an address: retry). */
  [Result=IpConfiguration, Errors=(0x00000101, 0x00011008, 0x00012003), Access=user]
  undefined CMAPI_WLAN_GetIPConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the IP configuration used on a known network: DHCP, or a static address; applies at the next connection to it. */
  [Errors=(0x00000101, 0x00013002, 0x00013004, 0x00013005, 0x00013009, 0x0001300A, 0x0001300B, 0x0001300C, 0x0001300E), Access=administrator]
  undefined CMAPI_WLAN_SetIPConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The known network's index (0x00013002 when none is there). */
    unsigned long index,
    /** dynamic true for DHCP (the rest ignored), or a static configuration: 0x00013004 or 0x0001300A for a bad address, 0x00013005 or 0x0001300B for a bad mask, 0x0001300E for a bad gateway, 0x0001300C for a bad httpProxy, 0x00013009 when the device does not support static configuration. */
    IpConfiguration configuration,
    ResultCallback cb);
  /** Returns what the WLAN interface can do: bands, securities, channel widths, access point, WPS,
      Passpoint, protected management frames (NetworkManager's WirelessCapabilities). */
  [Result=WlanCapabilities, Errors=(0x00000101), Access=user]
  undefined CMAPI_WLAN_GetCapabilities(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the MAC address the WLAN interface uses. */
  [Result=MacAddress, Errors=(0x00000101), Access=user]
  undefined CMAPI_WLAN_GetMACAddress(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the MAC address the WLAN interface uses, e.g. a locally administered one for privacy; kept until changed or
      a factory reset. Not while connected, unless the device reconnects by itself (0x00000010). */
  [Errors=(0x00000101, 0x00000010, 0x0001300D, 0x00013006), Access=administrator]
  undefined CMAPI_WLAN_SetMACAddress(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The address, AA:BB:CC:DD:EE:FF: a unicast address (lowest bit of the first byte 0), "" for the factory address (0x0001300D when malformed or multicast; 0x00013006 when the policy forbids changing it). */
    DOMString macAddress,
    ResultCallback cb);
  /** Returns the security policy for joining networks. */
  [Result=WlanSecurityPolicy, Errors=(0x00000101), Access=user]
  undefined CMAPI_WLAN_GetSecurityPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the security policy; needs the administrator or operator access level (0xF0000001). A current connection the new policy forbids is ended. */
  [Errors=(0x00000101, 0x00011005, 0xF0000001), Access=administrator]
  undefined CMAPI_WLAN_SetSecurityPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The policy (0x00011005 when the device's own policy, e.g. an operator's, forbids it). */
    WlanSecurityPolicy policy,
    ResultCallback cb);
  /** Lists the Hotspot 2.0 credentials, without their secrets (0x00000121 when the device has no Hotspot 2.0). */
  [Result=PasspointCredentialList, Errors=(0x00000101, 0x00000121), Access=administrator]
  undefined CMAPI_WLAN_GetPasspointCredentials(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Adds a Hotspot 2.0 credential; one with the same credentialId is replaced. */
  [Errors=(0x00000101, 0x00000121, 0x00010006, 0x0001000B, 0x0001000C, 0x00011009), Access=administrator]
  undefined CMAPI_WLAN_AddPasspointCredential(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The credential, with its secrets; each member's error code is in its description. */
    PasspointCredentialSettings credential,
    ResultCallback cb);
  /** Removes a Hotspot 2.0 credential; a connection that uses it is ended. */
  [Errors=(0x00000101, 0x00000121, 0x00000011), Access=administrator]
  undefined CMAPI_WLAN_DeletePasspointCredential(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The credential's id (0x00000011 when no credential has it). */
    DOMString credentialId,
    ResultCallback cb);
  /** Turns Hotspot 2.0 network selection on or off; off ends a connection made through it. */
  [Errors=(0x00000101, 0x00000121), Access=administrator]
  undefined CMAPI_WLAN_SetPasspointEnabled(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** True lets the device join Hotspot 2.0 networks by itself with its credentials. */
    boolean enabled,
    ResultCallback cb);
  /** Returns whether Hotspot 2.0 selection is on and the hotspot in use. */
  [Result=PasspointStatus, Errors=(0x00000101, 0x00000121), Access=administrator]
  undefined CMAPI_WLAN_GetPasspointStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Asks an access point for ANQP elements (IEEE 802.11u GAS exchange), before joining it, e.g. to learn which
      credentials it accepts. The interim responses: "received", then "processing" while the query is in the air
      (usually under 1 s, up to 5 s); the final response carries the elements. 0x00010005 when no access point with
      that BSSID is in range or it does not answer. */
  [Result=AnqpResponse, Interim, Errors=(0x00000101, 0x00000121, 0x00000132, 0x00010005), Access=user]
  undefined CMAPI_WLAN_QueryANQP(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The access point, AA:BB:CC:DD:EE:FF, as a scan found it (WlanScanEntry.passpoint true for Hotspot 2.0 ones). */
    DOMString bssid,
    /** The elements to ask for, at least one, each once. */
    sequence<AnqpElementName> elements,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.13 Statistics
// ---------------------------------------------------------------------------------------------

/** The time span a traffic counter covers. Every period counts the IP traffic of the device's data
    connections, headers included; the device keeps the counters across reboots except "session". */
enum StatisticsPeriod {
  /** The current data connection, from when it was established; all counters 0 when none is up. */
  "session",
  /** Today, from 00:00 device local time. */
  "day",
  /** This month, from 00:00 device local time on the 1st (or on the billing day, where the device
      lets the user set one). */
  "month",
  /** Everything since the last CMAPI_Statistics_Reset of "total" (or the factory reset). */
  "total"
};

/** Traffic counters of a connection, an interface or a period. 64-bit counters that never wrap;
    packet and error counts are absent when the modem does not keep them (absent is not 0). */
dictionary TrafficStatistics {
  /** Data sent (uplink), in bytes, IP headers included. */
  required unsigned long long bytesSent;
  /** Data received (downlink), in bytes, IP headers included. */
  required unsigned long long bytesReceived;
  /** IP packets sent. */
  unsigned long long packetsSent;
  /** IP packets received. */
  unsigned long long packetsReceived;
  /** Packets dropped or received in error, both directions together. */
  unsigned long long errors;
  /** Time the counters cover, in s: the connection's age for a session or an interface, the time
      since the period began otherwise. */
  unsigned long duration;
};

/** The traffic of one period, as CMAPI_Statistics_GetDataUsage reports it. */
dictionary DataUsage {
  /** The period asked for. */
  required StatisticsPeriod period;
  /** What was sent and received in the period (for the connection type asked for, if any). */
  required TrafficStatistics statistics;
  /** When the period began: RFC 3339 with the device's UTC offset, e.g. "2026-11-01T00:00:00+01:00".
      Absent for "session" while no connection is up. */
  DOMString since;
};

/** A data usage alert on one period. CMAPI_Callback_DataUsageThreshold fires once when the period's
    bytes sent plus received reach the threshold, and again only after the period restarts or the
    threshold is set anew. One threshold per period; setting one replaces the previous. */
dictionary UsageThreshold {
  /** The period whose traffic is compared ("session" restarts with each connection). */
  required StatisticsPeriod period;
  /** Threshold on bytes sent plus received, in bytes; 0 means no alert. */
  required unsigned long long bytes;
};

/** Traffic counters, usage per period and usage alerts. The device keeps one set of counters for
    all applications: a reset by one application resets them for every application. */
[Exposed=Window, SCR="7.13"]
interface CmapiStatistics {
  /** Returns the counters of the current data connection since it was established. Fails with
      0x00000014 when no data connection is up. */
  [Result=TrafficStatistics, Errors=(0x00000101, 0x00000014), Access=user]
  undefined CMAPI_Statistics_GetSessionStatistics(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the traffic of a period, of every connection type together or of one type. */
  [Result=DataUsage, Errors=(0x00000101), Access=user]
  undefined CMAPI_Statistics_GetDataUsage(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The period to report. */
    StatisticsPeriod period,
    /** Counts only connections of this type (a type the device never used reports 0 bytes); every
        type when absent. */
    optional ConnectionType connectionType,
    ResultCallback cb);
  /** Sets a period's counters to 0 and starts the period again now. Resetting "session" with no
      connection up does nothing; thresholds are kept and may fire again. */
  [Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Statistics_Reset(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The period whose counters are reset; the other periods keep theirs. */
    StatisticsPeriod period,
    ResultCallback cb);
  /** Sets (or with 0 bytes removes) the usage alert of a period; crossing it fires
      CMAPI_Callback_DataUsageThreshold. A threshold already below the period's usage fires at once. */
  [Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Statistics_SetUsageThreshold(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The period and the number of bytes; replaces that period's previous threshold. */
    UsageThreshold threshold,
    ResultCallback cb);
  /** Returns the usage alert of a period; bytes is 0 when none is set. */
  [Result=UsageThreshold, Errors=(0x00000101), Access=user]
  undefined CMAPI_Statistics_GetUsageThreshold(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The period whose threshold is returned. */
    StatisticsPeriod period,
    ResultCallback cb);
  /** Returns the WLAN interface's counters since it last associated (duration is the association's
      age); all 0 while it is not associated. Fails with 0x00000104 when the device has no WLAN. */
  [Result=TrafficStatistics, Errors=(0x00000101, 0x00000104), Access=user]
  undefined CMAPI_Statistics_GetWLANStatistics(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.14 Information status
// ---------------------------------------------------------------------------------------------

/** The device's IP addresses of one family. */
dictionary IpAddressInfo {
  /** The family asked for: "IPv4" or "IPv6". */
  required IpAddressType type;
  /** Every address of that family on the device's data connections, the preferred one first: IPv4
      dotted ("10.64.2.17"), IPv6 in RFC 5952 form without prefix length ("2001:db8::5"). Never
      empty: no address is 0x00006006 or 0x00006007 instead. */
  required sequence<DOMString> addresses;
};

/** The serving cell's signal, in a form any application can show. Which measurements are present
    depends on radioTechnology: GSM, UMTS and CDMA report rssi; LTE rsrp, rsrq and sinr; NR ssRsrp,
    ssRsrq and ssSinr. A measurement the modem does not report is absent, never 0. */
dictionary SignalQuality {
  /** Signal bars as the device's own indicator shows them, 0 (no signal) to 5 (excellent). */
  required octet bars;
  /** Received signal strength in dBm, typically -113 to -51 (3GPP TS 27.007 +CSQ); on LTE the
      carrier RSSI over the whole bandwidth. Usually absent on LTE and NR, which report rsrp and
      ssRsrp instead. */
  long rssi;
  /** The technology of the serving cell. With LTE anchoring NR (EN-DC) it is "NR", and both the LTE
      and the NR measurements may be present. */
  required RadioTechnology radioTechnology;
  /** LTE reference signal received power in dBm, -156 to -44 (3GPP TS 36.133; below -140 only with
      coverage enhancement). About -80 is excellent, -100 fair, below -110 poor. */
  long rsrp;
  /** LTE reference signal received quality in dB (may be fractional, steps of 0.5), -34 to 2.5
      (3GPP TS 36.133; -19.5 to -3 without the extended range). */
  double rsrq;
  /** LTE signal to interference plus noise ratio in dB (may be fractional), typically -20 to 30;
      each modem estimates it its own way (3GPP defines no report for it). */
  double sinr;
  /** NR SS reference signal received power in dBm, -156 to -31 (3GPP TS 38.133). */
  long ssRsrp;
  /** NR SS reference signal received quality in dB (may be fractional, steps of 0.5), -43 to 20
      (3GPP TS 38.133). */
  double ssRsrq;
  /** NR SS signal to interference plus noise ratio in dB (may be fractional, steps of 0.5), -23 to
      40 (3GPP TS 38.133). */
  double ssSinr;
};

/** Whether the device is roaming on a cellular network. */
dictionary RoamingStatus {
  /** True when registered on a network other than the home PLMN and its equivalents (national
      roaming included), as the registration state "registered_roaming" says. */
  required boolean roaming;
  /** The network roamed on; present when roaming is true. */
  Plmn visitedPlmn;
};

/** The names of the serving cellular network. */
dictionary OperatorName {
  /** The serving network's name as the device shows it: the name the network sent (NITZ) or the
      UICC gives for it (EF_PNN/EF_OPL), else the one in the device's operator table, else the MCC
      and MNC digits ("23415"). */
  required DOMString name;
  /** The serving network; absent only when the device cannot tell it (CDMA). */
  Plmn plmn;
  /** Service provider name from the UICC (EF_SPN), the brand of an MVNO; absent when the card has
      none. It may differ from name. */
  DOMString spn;
};

/** The serving cell's identifiers: where the network sees the device (a few hundred metres in a
    city, some kilometres in the country). Not a GNSS position. */
dictionary LocationInfo {
  /** The serving cell's identity (16 bits on GSM, 28 on UMTS and LTE, 36 on NR), not the physical
      cell id. */
  required CellIdentity cellId;
  /** Location area code, 0 to 65535; on GSM and UMTS only. */
  unsigned short locationAreaCode;
  /** Tracking area code, 16 bits on LTE, 24 bits on NR (0 to 16777215); on LTE and NR only. */
  unsigned long trackingAreaCode;
  /** The serving network; the cell is unique within it. */
  Plmn plmn;
};

/** The device's connectivity at a glance, for a status bar. */
dictionary InfoStatusSummary {
  /** The state of the device's primary data connection. */
  required ConnectionState connectionState;
  /** Whether the device is roaming (as CMAPI_InfoStatus_GetRoamingStatus). */
  required boolean roaming;
  /** Signal bars, 0 (no signal) to 5 (excellent); 0 while not registered. */
  required octet bars;
  /** The serving cell's technology; absent while not registered. */
  RadioTechnology radioTechnology;
  /** The serving network's name (as CMAPI_InfoStatus_GetOperatorName); absent while not registered. */
  DOMString operatorName;
  /** The APN of the cellular data connection; absent while none is up. */
  DOMString apn;
  /** Every IP address of the device's data connections, IPv4 and IPv6 (forms as in IpAddressInfo);
      absent or empty while none is assigned. */
  sequence<DOMString> ipAddresses;
};

/** The outcome of the data connection's authentication to the network. */
dictionary AuthenticationStatus {
  /** True when the last authentication of the data connection succeeded (PAP/CHAP with the APN,
      EAP or the pre-shared key on WLAN); false when it failed or has not happened. */
  required boolean authenticated;
  /** The method used, e.g. "PAP", "CHAP", "EAP-AKA", "WPA2-PSK"; absent when none applied. */
  DOMString method;
};

/** Read-only status for any web application: connection, addresses, signal, roaming, operator,
    location. Every function answers from the device's current state, without network traffic. */
[Exposed=Window, SCR="7.14"]
interface CmapiInfoStatus {
  /** Returns the device's connectivity in one call; fields that do not apply are absent. */
  [Result=InfoStatusSummary, Errors=(0x00000101), Access=user]
  undefined CMAPI_InfoStatus_GetSummary(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the device's IP addresses of one family. Fails with 0x00006006 when the connection has
      no address of that family (an IPv4-only APN asked for IPv6) and with 0x00006007 while an
      address is still being assigned (retry in a few seconds). */
  [Result=IpAddressInfo, Errors=(0x00000101, 0x00006002, 0x00006006, 0x00006007), Access=user]
  undefined CMAPI_InfoStatus_GetIPAddress(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** "IPv4" or "IPv6". "IPv4v6" is a kind of connection, not of address: it fails with 0x00006002. */
    IpAddressType type,
    ResultCallback cb);
  /** Returns the APN of the cellular data connection in use; 0x00006005 when none is up. */
  [Result=ApnInfo, Errors=(0x00000101, 0x00006005), Access=user]
  undefined CMAPI_InfoStatus_GetCurrentAPN(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving cell's signal quality; 0x00006003 while the device is registered on no
      network (radio off, no coverage, no UICC). */
  [Result=SignalQuality, Errors=(0x00000101, 0x00006003), Access=user]
  undefined CMAPI_InfoStatus_GetSignalQuality(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns whether the device is roaming; 0x00006003 while it is registered on no network. */
  [Result=RoamingStatus, Errors=(0x00000101, 0x00006003), Access=user]
  undefined CMAPI_InfoStatus_GetRoamingStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving network's names; 0x00006003 while the device is registered on no network. */
  [Result=OperatorName, Errors=(0x00000101, 0x00006003), Access=user]
  undefined CMAPI_InfoStatus_GetOperatorName(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving cell's identifiers. Fails with 0x00006003 while registered on no network,
      0x00006001 when the modem does not report the cell (some CDMA and M2M modules), 0xF0000001 when
      the application's access level does not include location. */
  [Result=LocationInfo, Errors=(0x00000101, 0x00006001, 0x00006003, 0xF0000001), Access=administrator]
  undefined CMAPI_InfoStatus_GetLocation(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns one entry of CMAPI_Connection_GetConnectionList by its position in that list. */
  [Result=ConnectionInfo, Errors=(0x00000101, 0x00006004), Access=user]
  undefined CMAPI_InfoStatus_GetConnectionRecord(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Position in the connection list, from 0; 0x00006004 when it is not below connectionListElements. */
    unsigned long index,
    ResultCallback cb);
  /** Returns whether the data connection's authentication succeeded. A failure is reported in the
      result (authenticated false), not as an error: the connection attempt itself failed with
      0x00006008. */
  [Result=AuthenticationStatus, Errors=(0x00000101), Access=user]
  undefined CMAPI_InfoStatus_GetAuthenticationStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.15 SMS
// ---------------------------------------------------------------------------------------------

/** Where a message is stored (3GPP TS 27.007 +CPMS memories "ME" and "SM"). */
enum SmsStorage {
  /** The device's own memory. */
  "device",
  /** The UICC (EF_SMS), which moves with the card; typically 10 to 50 messages. */
  "uicc",
  /** Status reports the device keeps (3GPP TS 27.005 +CPMS "SR"): listed as messages whose
      tpStatus is set. Not a place to store received or written messages (0x00005004). */
  "statusReport",
  /** Cell broadcast messages the device keeps (+CPMS "BM", 3GPP TS 23.041): listed as messages
      whose broadcastChannel is set. Not a place to store received or written messages (0x00005004). */
  "broadcast"
};

/** Which storage a listing or deletion looks in: a storage, or both. Used in arguments only. */
enum SmsStorageFilter {
  /** The device's own memory only. */
  "device",
  /** The UICC only. */
  "uicc",
  /** Stored status reports only. */
  "statusReport",
  /** Stored cell broadcast messages only. */
  "broadcast",
  /** The device's memory and the UICC (not status reports or broadcasts, which are asked for by name). */
  "any"
};

/** The state of a stored message (3GPP TS 27.007 +CMGL stat). */
enum SmsStatus {
  /** Received, not yet read (CMAPI_SMS_Read marks it read). */
  "unread",
  /** Received and read. */
  "read",
  /** Written and stored but not sent (a draft, or a send that failed). */
  "unsent",
  /** Sent: the service centre accepted it. Delivery to the recipient is reported separately
      (CMAPI_Callback_SMSDeliveryReport). */
  "sent"
};

/** Which messages a listing or deletion concerns: one state, or all. Used in arguments only. */
enum SmsStatusFilter {
  /** Received messages not yet read. */
  "unread",
  /** Received messages already read. */
  "read",
  /** Stored messages not sent. */
  "unsent",
  /** Sent messages. */
  "sent",
  /** Every message, whatever its state. */
  "all"
};

/** The message class (3GPP TS 23.038 data coding scheme), which tells the receiving device what to
    do with the message. */
enum SmsClass {
  /** Flash message: shown at once, not stored unless the user chooses to. */
  "class0",
  /** Stored in the device (the usual class of a received message). */
  "class1",
  /** SIM-specific: stored on the UICC; the device reports an error to the network when it is full. */
  "class2",
  /** For terminal equipment attached to the device (e.g. a laptop driving the modem). */
  "class3",
  /** No class given: the receiver stores it where its settings say. */
  "none"
};

/** How the text is coded over the air (3GPP TS 23.038). It sets the length of one message: 160
    characters in GSM7, 70 in UCS2, 140 bytes in binary (153, 67 and 134 per part when a longer text
    is sent as a concatenated message). */
enum SmsEncoding {
  /** GSM 7-bit default alphabet (with its extension table: each of |^{}[]~\ and the euro sign counts
      twice). */
  "GSM7",
  /** UCS-2 / UTF-16: any script; a character outside the BMP (most emoji) counts twice. */
  "UCS2",
  // opencmapi-gen-lint-ignore ENUM_VALUE_STYLE_CONSISTENT: the other values are alphabet names (GSM7, UCS2) as 3GPP TS 23.038 writes them
  /** 8-bit data: the body is BASE64 (section 5.2.4), not text. */
  "binary"
};

/** A stored SMS. A concatenated message is one SmsMessage, reassembled by the device. */
dictionary SmsMessage {
  /** The device's id of the message, stable until it is deleted; opaque to the application (e.g.
      "uicc-3"). */
  required DOMString msgID;
  /** Received (read or not) or outgoing (sent or not). */
  required SmsStatus status;
  /** Where the message is stored. */
  required SmsStorage storage;
  /** The sender of a received message, the recipient of a sent one: international numbers with "+"
      ("+447700900123"), national ones as dialled, or an alphanumeric sender name ("MyBank"). */
  required DOMString address;
  /** The text, decoded from its encoding; for "binary" messages the user data in BASE64. */
  required DOMString body;
  /** For a received message the service centre time stamp, for a sent one when it was sent: RFC
      3339 with the offset the network gave ("2026-11-30T09:15:02+01:00"). Absent on unsent messages. */
  DOMString timestamp;
  /** The message class; absent when the message has none. */
  SmsClass smsClass;
  /** The encoding the message had over the air. */
  SmsEncoding encoding;
  /** The service centre that delivered (or is to send) the message, international format
      ("+447785016005"); absent when unknown. */
  DOMString smsc;
  /** The message as the network carried it: each part's TPDU (3GPP TS 23.040 SMS-DELIVER,
      SMS-SUBMIT or SMS-STATUS-REPORT, without the service centre address) in hexadecimal, upper
      case, in part order; absent when the device does not keep them. For what the decoded fields
      leave out (user data headers, a port, a protocol identifier). */
  sequence<DOMString> pdus;
  /** For a status report (storage "statusReport"): its TP-Status, 0 to 255 (3GPP TS 23.040
      9.2.3.15), as CMAPI_Callback_SMSDeliveryReport reports it; address is the recipient. */
  octet tpStatus;
  /** For a cell broadcast message (storage "broadcast"): its message identifier, the channel it was
      sent on, 0 to 65535 (3GPP TS 23.041 9.4.1.2.2; 4352 to 6399 are public warnings). */
  unsigned short broadcastChannel;
};

/** One page of stored messages, in the order the storages hold them (device storage first, then
    the UICC; oldest first within each). */
dictionary SmsMessageList {
  /** Number of messages in smsList. */
  required unsigned long smsListElements;
  /** The messages from position ifrom on, at most count of them. */
  required sequence<SmsMessage> smsList;
  /** How many messages match storage and status in all, before ifrom and count are applied; present
      when ifrom or count was given, so that an application can page through a full storage. */
  unsigned long smsTotal;
};

/** The outcome of a send. */
dictionary SmsSendResult {
  /** The id of the sent message, stored with status "sent"; CMAPI_Callback_SMSDeliveryReport names
      it when the recipient's delivery is reported. */
  required DOMString msgID;
  /** TP message reference the device assigned (3GPP TS 23.040, 0 to 255; of the last part for a
      concatenated message). Absent when the modem does not report it. */
  octet messageReference;
};

/** The outcome of storing a message without sending it. */
dictionary SmsStoreResult {
  /** The id of the stored message, with status "unsent"; CMAPI_SMS_SendStored sends it. */
  required DOMString msgID;
};

/** The SMS service centre address. */
dictionary Smsc {
  /** Service centre number in international format ("+447785016005"), as stored on the UICC
      (EF_SMSP) or in the device; an empty string when none is configured. */
  required DOMString smsc;
};

/** How the device sends and stores messages. */
dictionary SmsSettings {
  /** Whether sent messages ask for a status report (CMAPI_Callback_SMSDeliveryReport) when
      CMAPI_SMS_Send does not say. */
  required boolean deliveryReport;
  /** Where received messages are stored (class 2 messages always go to the UICC). */
  required SmsStorage preferredStorage;
  /** How long the service centre keeps trying to deliver a sent message, in minutes, 5 to 635040
      (63 weeks, 3GPP TS 23.040 relative validity period; the device rounds to the next value the
      format can carry). Absent: the service centre's default (usually 3 days to a week). */
  unsigned long validityPeriod;
  /** Whether the device sends SMS over IMS (3GPP TS 24.341) when it is registered on IMS, rather
      than over the circuit-switched or NAS path. Absent in a request: left as it is; in a result:
      the device has no SMS over IMS. True on a device without it fails with 0x00005004. */
  boolean smsOverIms;
  /** Public service identity of the SMS service centre for SMS over IMS, a SIP or tel URI
      ("sip:+447785016005@ims.mnc015.mcc234.3gppnetwork.org"), as in EF_PSISMSC. Absent in a request:
      left as it is; in a result: none is set (the one on the UICC applies). Fails with 0x00005009
      when not a SIP or tel URI. */
  DOMString psi;
};

/** Sending, listing, reading and deleting SMS; storage and service centre settings. Any function
    that talks to the modem may fail with 0x00005001 (no answer from the modem's interface),
    0x00005002 (the modem did not answer in time) or 0x00005003 (the modem answered with an error,
    e.g. +CMS ERROR). */
[Exposed=Window, SCR="7.15"]
interface CmapiSMS {
  /** Sends an SMS, split into a concatenated message when the body is longer than one message.
      Interim responses: "received" when the request is accepted, "processing" while the device
      submits the parts to the service centre (seconds, more on a weak signal). The final response
      comes when the service centre has accepted every part, and carries the message's id. Fails
      with 0x00000005 without network service and, on 3GPP networks, 0x00005008 when no valid
      service centre address is configured (CMAPI_SMS_SetSMSC); CDMA2000 has no service centre
      address (3GPP2 C.S0015), so a CDMA device never fails for it. */
  [Result=SmsSendResult, Interim, Errors=(0x00000101, 0x00000005, 0x00005001, 0x00005002, 0x00005003, 0x00005006, 0x00005008, 0x0000500A, 0x0000500B), Access=administrator]
  undefined CMAPI_SMS_Send(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The recipient: international with "+" ("+447700900123") or a national number, up to 20
        digits. 0x00005006 when it is not a number the device can address. */
    DOMString address,
    /** The text (for "binary", the data in BASE64). 0x00005006 when it cannot be coded in the
        encoding asked for or needs more than the device's maximum of parts (typically 10 to 255). */
    DOMString body,
    /** GSM7 when every character of body is in the GSM 7-bit alphabet, UCS2 otherwise, when absent. */
    optional SmsEncoding encoding,
    /** The class to send; none when absent. 0x0000500B when the device cannot send that class. */
    optional SmsClass smsClass,
    /** Whether to ask for a status report; the settings' deliveryReport when absent. 0x0000500A when
        the device cannot ask for one. */
    optional boolean deliveryReport,
    /** How long the service centre keeps trying to deliver this message, in minutes, 5 to 635040 (as
        SmsSettings.validityPeriod, which applies when absent). */
    optional unsigned long validityPeriod,
    ResultCallback cb);
  /** Sends one message given as its raw TPDU, for what the decoded form cannot say (a user data
      header, a port, a protocol identifier, a reply path): 3GPP TS 27.005 +CMGS in PDU mode. The
      device adds the service centre address. Interim responses as CMAPI_SMS_Send's. Fails with
      0x00005006 when pdu is not an SMS-SUBMIT the device can send, and as CMAPI_SMS_Send for the
      network and the service centre. */
  [Result=SmsSendResult, Interim, Errors=(0x00000101, 0x00000005, 0x00005001, 0x00005002, 0x00005003, 0x00005004, 0x00005006, 0x00005008), Access=administrator]
  undefined CMAPI_SMS_SendPdu(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The SMS-SUBMIT TPDU (3GPP TS 23.040 9.2.2.2), without the service centre address, in
        hexadecimal: 7 to 164 octets. A longer text is several calls, each part with its
        concatenation header. */
    DOMString pdu,
    /** The service centre to send through, international with "+"; the configured one
        (CMAPI_SMS_GetSMSC) when absent. 0x00005008 when it is not such a number. */
    optional DOMString smsc,
    ResultCallback cb);
  /** Stores a message without sending it, with status "unsent" (a draft; 3GPP TS 27.005 +CMGW).
      CMAPI_SMS_SendStored sends it later; CMAPI_SMS_List with status "unsent" lists drafts.
      Fails with 0x00005004 when the storage cannot hold written messages, and 0x00005006 as
      CMAPI_SMS_Send for an address or body that cannot be sent. */
  [Result=SmsStoreResult, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005004, 0x00005006, 0x0000500B), Access=administrator]
  undefined CMAPI_SMS_Store(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The recipient, as CMAPI_SMS_Send takes it. */
    DOMString address,
    /** The text (for "binary", the data in BASE64). */
    DOMString body,
    /** As CMAPI_SMS_Send's: chosen from the body when absent. */
    optional SmsEncoding encoding,
    /** The class to send it with; none when absent. */
    optional SmsClass smsClass,
    /** Where to store it, "device" or "uicc"; the settings' preferredStorage when absent. */
    optional SmsStorage storage,
    ResultCallback cb);
  /** Sends a stored message (3GPP TS 27.005 +CMSS), a draft or an unsent one, to the address it
      was stored with; once the service centre accepts it, its status is "sent". Interim responses
      as CMAPI_SMS_Send's. Fails with 0x00005005 when no stored message has the id, 0x00005006 when
      the message is a received one, and as CMAPI_SMS_Send for the network and the service centre. */
  [Result=SmsSendResult, Interim, Errors=(0x00000101, 0x00000005, 0x00005001, 0x00005002, 0x00005003, 0x00005005, 0x00005006, 0x00005008, 0x0000500A, 0x0000500C), Access=administrator]
  undefined CMAPI_SMS_SendStored(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The stored message's id, from CMAPI_SMS_Store or CMAPI_SMS_List. 0x0000500C when it is not
        an id this device issues. */
    DOMString msgID,
    /** Whether to ask for a status report; the settings' deliveryReport when absent. */
    optional boolean deliveryReport,
    /** In minutes, 5 to 635040; the settings' validityPeriod when absent. */
    optional unsigned long validityPeriod,
    ResultCallback cb);
  /** Lists stored messages that match a storage and a state, one page at a time when ifrom and
      count are given. Listing does not mark messages read. */
  [Result=SmsMessageList, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005007), Access=administrator]
  undefined CMAPI_SMS_List(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The storage to list; both when absent. */
    optional SmsStorageFilter storage = "any",
    /** The state to list; every state when absent. */
    optional SmsStatusFilter status = "all",
    /** Position of the first message to return among those that match, from 0. Equal to the number
        of matches gives an empty list; greater fails with 0x00005007. */
    optional unsigned long ifrom = 0,
    /** Returns at most this many messages; every message from ifrom on when absent. */
    optional unsigned long count,
    ResultCallback cb);
  /** Returns one message and marks it read if it was unread (CMAPI_SMS_List does not). */
  [Result=SmsMessage, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005005, 0x0000500C), Access=administrator]
  undefined CMAPI_SMS_Read(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The message's id from CMAPI_SMS_List or a callback. 0x0000500C when it is not an id this
        device issues; 0x00005005 when no stored message has it (deleted). */
    DOMString msgID,
    ResultCallback cb);
  /** Deletes one message from its storage. */
  [Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005005, 0x0000500C), Access=administrator]
  undefined CMAPI_SMS_Delete(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The message's id. 0x0000500C when it is not an id this device issues; 0x00005005 when no
        stored message has it. */
    DOMString msgID,
    ResultCallback cb);
  /** Deletes every message of a state in a storage; succeeds when none matches. */
  [Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003), Access=administrator]
  undefined CMAPI_SMS_DeleteAll(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The storage to clear; both when absent. */
    optional SmsStorageFilter storage = "any",
    /** The state to delete; read messages only when absent, so that nothing unread is lost by
        default. "all" deletes every message. */
    optional SmsStatusFilter status = "read",
    ResultCallback cb);
  /** Returns how many messages a storage holds and can hold. */
  [Result=StorageStatus, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003), Access=user]
  undefined CMAPI_SMS_GetStorageStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The storage to report. */
    SmsStorage storage,
    ResultCallback cb);
  /** Returns the SMS service centre address that CMAPI_SMS_Send uses. */
  [Result=Smsc, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003), Access=user]
  undefined CMAPI_SMS_GetSMSC(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the SMS service centre address (written to the UICC where the device keeps it there). */
  [Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005008), Access=administrator]
  undefined CMAPI_SMS_SetSMSC(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service centre number, international with "+" ("+447785016005"), up to 20 digits;
        0x00005008 when it is not such a number. */
    DOMString smsc,
    ResultCallback cb);
  /** Returns the SMS settings. */
  [Result=SmsSettings, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003), Access=user]
  undefined CMAPI_SMS_GetSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Changes the SMS settings. Fails with 0x00005004 when the device cannot store in the storage
      asked for or has no SMS over IMS, 0x0000500A when it cannot ask for status reports,
      0x00005009 when psi is not a SIP or tel URI. */
  [Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005003, 0x00005004, 0x00005009, 0x0000500A), Access=administrator]
  undefined CMAPI_SMS_SetSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new settings; members left out keep their value where the member says so. */
    SmsSettings settings,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.16 USSD
// ---------------------------------------------------------------------------------------------

/** Where a USSD session stands (3GPP TS 22.090, 27.007 +CUSD). A device has at most one session at
    a time. */
enum UssdSessionState {
  /** No exchange in progress. */
  "idle",
  /** A request or answer was sent; the network's reply is awaited (usually seconds). */
  "waiting_for_network",
  /** The network asked for an answer (a menu, +CUSD: 1): send it with CMAPI_USSD_Respond; the
      network ends the session when no answer comes in time (its timer, often 30 s to a few
      minutes), and the state becomes "terminated". */
  "waiting_for_user",
  /** The session is over: the network's last message ended it, or it was cancelled or timed out. */
  "terminated"
};

/** A USSD session's state and the network's latest message. */
dictionary UssdResponse {
  /** The device's id of the session, valid until the session terminates. */
  required DOMString sessionId;
  /** The session's state after this message. */
  required UssdSessionState state;
  /** The network's text, decoded according to dcs (up to 182 characters); absent when the network
      sent none (e.g. it only ended the session). */
  DOMString ussdData;
  /** Cell broadcast data coding scheme of the network's text (3GPP TS 23.038): 15 GSM 7-bit
      alphabet, 72 UCS2, among others. */
  octet dcs;
};

/** USSD sessions: start, answer, cancel. */
[Exposed=Window, SCR="7.16"]
interface CmapiUSSD {
  /** Sends a USSD string (e.g. "*100#") and starts a session. Interim responses: "received", then
      "processing" while the network answers (usually seconds; the device gives up after its own
      timeout, then the final response is an error).
      The final response carries the network's reply; a reply that ends the session has state
      "terminated", a menu "waiting_for_user". 0x00000004 when a session is already open on the
      device, 0x00000005 without network service. */
  [Result=UssdResponse, Exclusive, Interim, Errors=(0x00000101, 0x00000004, 0x00000005, 0x00005901), Access=administrator]
  undefined CMAPI_USSD_Send(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The string to send: digits, "*" and "#", or text in a menu; up to 182 characters in the GSM
        7-bit alphabet (160 bytes). 0x00005901 when it does not fit or cannot be coded with dcs. */
    DOMString ussdData,
    /** Data coding scheme to send ussdData with (3GPP TS 23.038); 15 (GSM 7-bit, language
        unspecified) suits every code the user dials. */
    optional octet dcs = 15,
    ResultCallback cb);
  /** Answers the network's question in a session waiting for the user. Interim and final responses
      as for CMAPI_USSD_Send. 0x00000004 when the session is not waiting for the user (or is over). */
  [Result=UssdResponse, Interim, Errors=(0x00000101, 0x00000004, 0x00005901), Access=administrator]
  undefined CMAPI_USSD_Respond(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session, from CMAPI_USSD_Send. */
    DOMString sessionId,
    /** The answer, usually a menu choice ("1"); same limits as in CMAPI_USSD_Send. */
    DOMString ussdData,
    ResultCallback cb);
  /** Ends a session (3GPP TS 27.007 +CUSD=2). 0x00000004 when it is already over. */
  [Errors=(0x00000101, 0x00000004), Access=administrator]
  undefined CMAPI_USSD_Cancel(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session, from CMAPI_USSD_Send. */
    DOMString sessionId,
    ResultCallback cb);
  /** Returns a session's state and the network's last message. 0x00000004 when the id names no
      session of this device (a terminated session is forgotten after a while). */
  [Result=UssdResponse, Errors=(0x00000101, 0x00000004), Access=administrator]
  undefined CMAPI_USSD_GetSessionState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session, from CMAPI_USSD_Send. */
    DOMString sessionId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.17 GNSS
// ---------------------------------------------------------------------------------------------

/** What the GNSS receiver is doing. */
enum GnssState {
  /** Switched off (after CMAPI_GNSS_Stop, or never started). */
  "off",
  /** On, searching for satellites; no fix yet (a cold start takes 30 s or more outdoors, a fix may
      never come indoors). */
  "acquiring",
  /** On, with a fix from 3 satellites: latitude and longitude, no altitude. */
  "fixed_2d",
  /** On, with a fix from 4 or more satellites: latitude, longitude and altitude. */
  "fixed_3d"
};

/** Where the position is computed and with what help (3GPP TS 25.305, OMA SUPL). */
enum GnssMode {
  /** The receiver alone, without assistance data: works anywhere, slowest first fix. */
  "standalone",
  /** Device-based: the device computes the position with assistance data (ephemeris, reference
      time) from the A-GNSS server; needs a data connection. */
  "ms_based",
  /** Device-assisted: the device sends its measurements and the network's server computes the
      position; fastest first fix, needs a data connection throughout. */
  "ms_assisted"
};

/** A satellite system. */
enum GnssConstellation {
  /** GPS (United States). */
  "GPS",
  /** GLONASS (Russia). */
  "GLONASS",
  /** Galileo (European Union). */
  "GALILEO",
  /** BeiDou (China). */
  "BEIDOU",
  /** QZSS (Japan). */
  "QZSS",
  /** Satellite-based augmentation (WAAS, EGNOS, MSAS, GAGAN). */
  "SBAS",
  /** NavIC / IRNSS (India). */
  "NAVIC"
};

/** The receiver's state. */
dictionary GnssStatus {
  /** On or off, and the kind of fix it has. */
  required GnssState state;
  /** The mode of the last CMAPI_GNSS_Start; "standalone" when never started. */
  required GnssMode mode;
  /** True while periodic fixes are on (CMAPI_GNSS_SetTracking with an interval above 0). */
  boolean tracking;
};

/** A position fix. Coordinates are WGS 84, as every GNSS receiver reports them. */
dictionary GnssPosition {
  /** Latitude in degrees (WGS 84), -90 (south pole) to 90, positive north. */
  required double latitude;
  /** Longitude in degrees (WGS 84), -180 to 180, positive east. */
  required double longitude;
  /** Height above the WGS 84 ellipsoid in m (not above mean sea level, which differs by up to
      100 m); absent on a 2D fix. */
  double altitude;
  /** Horizontal accuracy in m: the radius of 68 % confidence around the position (as Android's
      Location.getAccuracy). */
  required double accuracy;
  /** Speed over ground in m/s; absent when the receiver does not report it. */
  double speed;
  /** Direction of travel in degrees clockwise from true north, 0 to under 360; absent when the
      device is not moving or the receiver does not report it. */
  double heading;
  /** When the fix was taken (GNSS time, not the time of the response): RFC 3339 UTC,
      e.g. "2026-11-30T09:15:02.400Z". */
  required DOMString timestamp;
};

/** A satellite the receiver sees or expects to see. */
dictionary Satellite {
  /** The satellite's number in its constellation, as Android's GnssStatus.getSvid: GPS 1-32,
      SBAS 120-192, GLONASS 1-24 (orbital slot), QZSS 193-200, Galileo 1-36, BeiDou 1-63. */
  required unsigned short prn;
  /** The satellite's system; prn is unique only within it. */
  required GnssConstellation constellation;
  /** Elevation above the horizon in degrees, 0 to 90. */
  required double elevation;
  /** Azimuth in degrees clockwise from true north, 0 to under 360. */
  required double azimuth;
  /** Carrier-to-noise density C/N0 in dB-Hz, 0 to 99 (NMEA 0183 GSV): about 40 and above is a
      strong signal, below 20 unusable; 0 when the satellite is expected but not heard. */
  required double snr;
  /** True when the last fix used this satellite. */
  required boolean usedInFix;
};

/** The satellites in view. */
dictionary SatelliteList {
  /** Number of satellites in satelliteList. */
  required unsigned long satelliteListElements;
  /** Every satellite the receiver tracks or expects above the horizon, all constellations. */
  required sequence<Satellite> satelliteList;
};

/** The A-GNSS (SUPL) server the device gets assistance data from. Give address or fqdn; the fqdn
    is used when both are present. Every member is absent when no server is configured. */
dictionary AgnssServer {
  /** IPv4 ("198.51.100.7") or IPv6 address of the server; 0x00007004 when not an IP address. */
  DOMString address;
  /** TCP port of the server; SUPL uses 7275 (7276 without TLS). 0x00007005 when 0 or refused by the
      device. The device's default (usually 7275) when absent. */
  unsigned short port;
  /** Host name of the server ("supl.example.net"), up to 255 characters; 0x00007006 when not a
      valid host name. */
  DOMString fqdn;
};

/** Position fixes, satellites, tracking and assistance (A-GNSS) servers. Every function fails
    with 0x00000104 on a device without a GNSS receiver. */
[Exposed=Window, SCR="7.17"]
interface CmapiGNSS {
  /** Returns whether the receiver is on, what fix it has, its mode and whether it is tracking. */
  [Result=GnssStatus, Errors=(0x00000101, 0x00000104), Access=user]
  undefined CMAPI_GNSS_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Switches the receiver on. Answers once it runs (state "acquiring"), not when it has a fix: use
      CMAPI_GNSS_GetPosition or CMAPI_GNSS_SetTracking for fixes. Fails with 0x00007001 when the
      receiver is already on (stop it to change the mode), 0x00007002 when the device does not
      offer the mode (or the assisted modes have no A-GNSS server or data connection), 0x00007003
      when the receiver cannot reach the accuracy asked for. */
  [Exclusive, Errors=(0x00000101, 0x00000104, 0x00007001, 0x00007002, 0x00007003), Access=administrator]
  undefined CMAPI_GNSS_Start(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Where the position is computed. */
    GnssMode mode,
    /** The accuracy wanted, in m: fixes less accurate than this are not reported (GetPosition keeps
        waiting, tracking skips them). Every fix is reported when absent. */
    optional double accuracyThreshold,
    ResultCallback cb);
  /** Switches the receiver off, ending tracking; 0x00007001 when it is already off. */
  [Exclusive, Errors=(0x00000101, 0x00000104, 0x00007001), Access=administrator]
  undefined CMAPI_GNSS_Stop(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns a position fix: the current one when the receiver has a fix, else the first one to
      come. While it waits for a fix the function answers with interim responses ("received", then
      "processing"); the final response carries the fix, or 0x00000011 when none came within
      timeout. Fails with 0x00007001 when the receiver is off and 0xF0000001 when the application's
      access level does not include location. */
  [Result=GnssPosition, Interim, Errors=(0x00000101, 0x00000011, 0x00000104, 0x00007001, 0xF0000001), Access=administrator]
  undefined CMAPI_GNSS_GetPosition(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** How long to wait for a fix, in s; 0 answers at once (0x00000011 without a fix). */
    optional unsigned long timeout = 60,
    ResultCallback cb);
  /** Lists the satellites in view; 0x00007001 when the receiver is off. */
  [Result=SatelliteList, Errors=(0x00000101, 0x00000104, 0x00007001), Access=administrator]
  undefined CMAPI_GNSS_GetSatellites(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Turns periodic fixes on or off: each fix fires CMAPI_Callback_GNSSPositionUpdated. Fails with
      0x00007001 when the receiver is off, 0x00007007 when the interval is shorter than the
      receiver can deliver (usually 1 s). */
  [Errors=(0x00000101, 0x00000104, 0x00007001, 0x00007007), Access=administrator]
  undefined CMAPI_GNSS_SetTracking(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Time between fixes in s, 0 to 86400; 0 turns tracking off. */
    unsigned long interval,
    ResultCallback cb);
  /** Sets the A-GNSS (SUPL) server used by the assisted modes; takes effect at the next
      CMAPI_GNSS_Start. */
  [Errors=(0x00000101, 0x00000104, 0x00007004, 0x00007005, 0x00007006), Access=administrator]
  undefined CMAPI_GNSS_SetAGNSSServer(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The server's address or host name, and port. */
    AgnssServer server,
    ResultCallback cb);
  /** Returns the A-GNSS (SUPL) server; every member absent when none is configured. */
  [Result=AgnssServer, Errors=(0x00000101, 0x00000104), Access=user]
  undefined CMAPI_GNSS_GetAGNSSServer(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.18 Data push
// ---------------------------------------------------------------------------------------------

/** A push message (WAP Push / OMA Push) the device received, over SMS or IP. */
dictionary PushMessage {
  /** The device's id of the message, stable until it is deleted. */
  required DOMString pushId;
  /** The push application the message is for (X-WAP-Application-ID): a URN such as
      "x-wap-application:wml.ua" or its registered number as text ("2"), as received. */
  required DOMString applicationId;
  /** MIME type of the body, e.g. "application/vnd.wap.sic" (service indication),
      "application/vnd.wap.mms-message". */
  required DOMString contentType;
  /** The content as received (WBXML not decoded), BASE64 (section 5.2.4). */
  required Base64 body;
  /** When the device received the message: RFC 3339 with its UTC offset. */
  required DOMString timestamp;
  /** The sender: the MSISDN for SMS-borne push ("+447700900123"), the push proxy's address or host
      for IP push; absent when unknown. */
  DOMString originator;
};

/** The stored push messages. */
dictionary PushMessageList {
  /** Number of messages in pushList. */
  required unsigned long pushListElements;
  /** The messages, oldest first. */
  required sequence<PushMessage> pushList;
};

/** Which push messages the device accepts. Messages for the device itself (OMA-DM, MMS
    notifications) are handled by the device whatever these settings say. */
dictionary PushSettings {
  /** False: the device discards push messages on arrival (no storage, no callback). */
  required boolean enabled;
  /** Senders whose messages are accepted, written as in PushMessage.originator; messages from
      others are discarded. Empty accepts every sender. */
  required sequence<DOMString> allowedOriginators;
};

/** WAP/OMA push messages received by the device. The device keeps received messages until they
    are deleted; when its store is full it drops the oldest. */
[Exposed=Window, SCR="7.18"]
interface CmapiPush {
  /** Returns the push settings. */
  [Result=PushSettings, Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Push_GetSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Replaces the push settings; messages already stored are kept. */
  [Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Push_SetSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Both settings, replacing the current ones. */
    PushSettings settings,
    ResultCallback cb);
  /** Lists the stored push messages, oldest first. */
  [Result=PushMessageList, Errors=(0x00000101), Access=administrator]
  undefined CMAPI_Push_GetMessages(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Lists only messages whose applicationId is exactly this; every message when absent. */
    optional DOMString applicationId,
    ResultCallback cb);
  /** Deletes a stored push message; 0x00000011 when no message has the id. */
  [Errors=(0x00000101, 0x00000011), Access=administrator]
  undefined CMAPI_Push_DeleteMessage(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The message, from CMAPI_Push_GetMessages or CMAPI_Callback_PushReceived. */
    DOMString pushId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.19 Contacts
// ---------------------------------------------------------------------------------------------

/** Where a contact is stored. */
enum ContactLocation {
  /** The device's own phone book. */
  "device",
  /** The UICC's phone book (EF_ADN, or the USIM's EF_PBR phone book): moves with the card; short
      names and numbers only, typically 100 to 250 records. */
  "uicc"
};

/** Which phone book a listing or search looks in: one location, or both. Used in arguments only. */
enum ContactLocationFilter {
  /** The device's phone book only. */
  "device",
  /** The UICC's phone book only. */
  "uicc",
  /** Both: device contacts first, then UICC contacts. */
  "any"
};

/** A phone book record. The same dictionary is read, added and updated (it holds no secret). */
dictionary Contact {
  /** Record number in its location, from 1 (EF_ADN record numbers on the UICC). Ignored by
      CMAPI_Contacts_Add, which picks a free record (send 0); names the record to replace in
      CMAPI_Contacts_Update. */
  required unsigned long index;
  /** Where the record is stored. */
  required ContactLocation location;
  /** The name to show. On the UICC its length is limited by the card (typically 14 to 20 GSM
      characters, half in UCS2); 0x00005501 when too long. */
  required DOMString name;
  /** The phone number: digits, a leading "+" for international numbers, and "*", "#", "p" (pause)
      or "w" (wait); up to 20 digits on the UICC (more where the card has extension records). */
  required DOMString number;
  /** E-mail address; on the UICC only when the card has an e-mail file (EF_EMAIL), else
      0x00005501. */
  DOMString email;
  /** Group the contact belongs to (e.g. "Family"); on the UICC only when the card has groups. */
  DOMString group;
};

/** Contacts from one phone book or both. */
dictionary ContactList {
  /** Number of contacts in contactList. */
  required unsigned long contactListElements;
  /** The contacts, by location then index. */
  required sequence<Contact> contactList;
};

/** Where CMAPI_Contacts_Add stored a contact. */
dictionary ContactIndex {
  /** The record number given to the new contact, in the location it was added to. */
  required unsigned long index;
};

/** Phone book records on the device and the UICC. Every function fails with 0x00005504 when the
    location it names is not available (no UICC, a UICC without phone book, a device without its
    own phone book). */
[Exposed=Window, SCR="7.19"]
interface CmapiContacts {
  /** Lists the contacts of a location, or of both. */
  [Result=ContactList, Errors=(0x00000101, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_List(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The phone book to list; both when absent. */
    optional ContactLocationFilter location = "any",
    ResultCallback cb);
  /** Reads one contact; 0x00005503 when the record is empty or beyond the location's size. */
  [Result=Contact, Errors=(0x00000101, 0x00005503, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_Read(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The phone book that holds the record. */
    ContactLocation location,
    /** The record number, from 1. */
    unsigned long index,
    ResultCallback cb);
  /** Adds a contact in the first free record of contact.location and returns its record number.
      Fails with 0x00005501 when a field does not fit the location, 0x00005502 when the location is
      full. */
  [Result=ContactIndex, Errors=(0x00000101, 0x00005501, 0x00005502, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_Add(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The contact to store; its index is ignored. */
    Contact contact,
    ResultCallback cb);
  /** Replaces the record at contact.location and contact.index. Fails with 0x00005501 when a field
      does not fit, 0x00005503 when the record is empty or beyond the location's size. */
  [Errors=(0x00000101, 0x00005501, 0x00005503, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_Update(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new content of the record it names. */
    Contact contact,
    ResultCallback cb);
  /** Deletes a contact, leaving its record free; 0x00005503 when the record is already empty or
      beyond the location's size. */
  [Errors=(0x00000101, 0x00005503, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_Delete(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The phone book that holds the record. */
    ContactLocation location,
    /** The record number, from 1. */
    unsigned long index,
    ResultCallback cb);
  /** Finds the contacts whose name or number contains a text, ignoring case; an empty list when
      none does. */
  [Result=ContactList, Errors=(0x00000101, 0x00005504), Access=administrator]
  undefined CMAPI_Contacts_Search(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The text to look for, at least one character; in numbers, digits are compared without
        spaces or punctuation. */
    DOMString text,
    /** The phone book to search; both when absent. */
    optional ContactLocationFilter location = "any",
    ResultCallback cb);
  /** Returns how many records a location holds and can hold. */
  [Result=StorageStatus, Errors=(0x00000101, 0x00005504), Access=user]
  undefined CMAPI_Contacts_GetStorageStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The phone book to report. */
    ContactLocation location,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.20 P2P direct
// ---------------------------------------------------------------------------------------------

/** A device-to-device technology. */
enum P2PTechnology {
  /** Wi-Fi Direct (Wi-Fi P2P): groups whose owner acts as a WPA2 access point for its clients. */
  "WIFI_DIRECT",
  /** 3GPP ProSe direct discovery and communication over the PC5 sidelink (3GPP TS 23.303). */
  "LTE_PROSE",
  /** Bluetooth (BR/EDR or LE); IP over the PAN profile where a connection carries IP. */
  "BLUETOOTH"
};

/** This device's role in a P2P group or connection. */
enum P2PRole {
  /** Owner of the group: its access point (Wi-Fi Direct) or master. */
  "group_owner",
  /** A member that joined another device's group. */
  "client"
};

/** Where an invitation to a group stands. */
enum InvitationState {
  /** Sent or received, not answered yet. */
  "pending",
  /** The invited device accepted: it is joining or has joined the group. */
  "accepted",
  /** The invited device (or its user) declined. */
  "rejected",
  /** Not answered in time (Wi-Fi Direct: about 2 minutes); it can no longer be accepted. */
  "expired"
};

/** The P2P technologies of a device. */
dictionary P2PTechnologyList {
  /** Every technology the device supports, on or off. */
  required sequence<P2PTechnology> technologies;
  /** The technologies switched on (CMAPI_P2P_SetEnabled); absent or empty when none is. */
  sequence<P2PTechnology> enabled;
};

/** A service offered over P2P (Wi-Fi Direct service discovery, Bluetooth SDP, ProSe application
    codes). */
dictionary ServiceRecord {
  /** The service's id, chosen by the application that advertises it and unique on the device;
      discovery filters and CMAPI_P2P_RemoveService name services by it. */
  required DOMString serviceId;
  /** DNS-SD service type ("_ipp._tcp") or UPnP service type
      ("urn:schemas-upnp-org:service:ContentDirectory:1"). */
  required DOMString serviceType;
  /** Service data: DNS-SD TXT record entries as "key=value" joined by ";", or the UPnP device
      description URL; keep it under 200 bytes to fit one Wi-Fi Direct service discovery frame. */
  DOMString serviceInfo;
};

/** A device found by P2P discovery. */
dictionary RemoteDevice {
  /** The device's P2P address, stable while it stays in range: Wi-Fi Direct P2P device address or
      Bluetooth address ("AA:BB:CC:DD:EE:FF"), ProSe application user id. */
  required DOMString remoteDeviceId;
  /** The name the device advertises ("Anna's phone"); may be empty. */
  required DOMString name;
  /** The technology it was found with. */
  required P2PTechnology technology;
  /** The services it advertises that the discovery asked for; absent when the discovery named no
      service. */
  sequence<ServiceRecord> services;
  /** Signal strength of the device in dBm, typically -100 to -30; absent when not measured. */
  long rssi;
};

/** Devices found by discovery. */
dictionary RemoteDeviceList {
  /** Number of devices in deviceList. */
  required unsigned long deviceListElements;
  /** The devices found, in the order they were found. */
  required sequence<RemoteDevice> deviceList;
};

/** A P2P link to a remote device. It is also a connection of the Connection group: it appears in
    CMAPI_Connection_GetConnectionList with connectionType "p2p" and the same connectionId. */
dictionary P2PConnection {
  /** The connection's id, unique among all of the device's connections (the id space of
      CMAPI_Connection_GetConnectionList). */
  required unsigned long connectionId;
  /** The remote device, as discovery reported it. */
  required DOMString remoteDeviceId;
  /** The technology of the link. */
  required P2PTechnology technology;
  /** This device's role on the link. */
  required P2PRole role;
  /** The group the link belongs to (Wi-Fi Direct); absent for technologies without groups. */
  DOMString groupId;
  /** The remote device's IP address on the link, when the link carries IP and it has one. */
  DOMString ipAddress;
};

/** The device's P2P connections. */
dictionary P2PConnectionList {
  /** Number of connections in connectionList. */
  required unsigned long connectionListElements;
  /** The P2P links that are up. */
  required sequence<P2PConnection> connectionList;
};

/** A P2P group this device owns or belongs to. Its passphrase is never returned: an application
    that gives legacy (non-P2P) devices access keeps the passphrase it chose at creation. */
dictionary P2PGroup {
  /** The device's id of the group, valid until the group is removed. */
  required DOMString groupId;
  /** The technology of the group. */
  required P2PTechnology technology;
  /** The group's network name (Wi-Fi Direct names start with "DIRECT-"). */
  required Ssid ssid;
  /** The remoteDeviceIds of the group's clients (the owner is not listed); empty when none has
      joined. */
  required sequence<DOMString> members;
};

/** The device's P2P groups. */
dictionary P2PGroupList {
  /** Number of groups in groupList. */
  required unsigned long groupListElements;
  /** Every group this device owns or is a client of. */
  required sequence<P2PGroup> groupList;
};

/** An invitation to join a group, sent or received. */
dictionary Invitation {
  /** The device's id of the invitation, to answer it with CMAPI_P2P_RespondInvitation. */
  required DOMString invitationId;
  /** The group the invitation is for. */
  required DOMString groupId;
  /** The inviting device's remoteDeviceId; for invitations this device sent, its own P2P address. */
  required DOMString fromDeviceId;
  /** The invited device's remoteDeviceId, on invitations this device sent; absent on received ones. */
  DOMString toDeviceId;
  /** Pending, or how it was answered. */
  required InvitationState state;
};

/** Invitations, sent and received. */
dictionary InvitationList {
  /** Number of invitations in invitationList. */
  required unsigned long invitationListElements;
  /** The invitations, oldest first; the device forgets answered and expired ones after a while. */
  required sequence<Invitation> invitationList;
};

/** The answer to a received invitation. */
dictionary InvitationResponse {
  /** The invitation with its new state ("accepted" or "rejected"). */
  required Invitation invitation;
  /** The connection to the group, present when the invitation was accepted. */
  P2PConnection connection;
};

/** Wi-Fi Direct, LTE ProSe and Bluetooth direct connections: discovery, services, groups,
    invitations. Every function that takes a technology fails with 0x00008001 when the device does
    not support it and 0x00008002 when it is switched off (CMAPI_P2P_SetEnabled). */
[Exposed=Window, SCR="7.20"]
interface CmapiP2P {
  /** Lists the P2P technologies the device supports and which of them are on. */
  [Result=P2PTechnologyList, Errors=(0x00000101), Access=user]
  undefined CMAPI_P2P_GetTechnologies(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Switches a P2P technology on or off. Switching off ends its discovery, connections and groups. */
  [Errors=(0x00000101, 0x00008001), Access=administrator]
  undefined CMAPI_P2P_SetEnabled(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology to switch. */
    P2PTechnology technology,
    /** True switches it on. */
    boolean enabled,
    ResultCallback cb);
  /** Discovers nearby devices, optionally only those offering given services. Interim responses:
      "received", then "processing" while discovery runs; each device found meanwhile also fires
      CMAPI_Callback_P2PDeviceFound. The final response, when timeout ends or
      CMAPI_P2P_StopDiscovery is called, lists every device found. 0x00008005 when serviceIds is
      empty or repeats an id. */
  [Result=RemoteDeviceList, Exclusive, Interim, Errors=(0x00000101, 0x00008001, 0x00008002, 0x00008005), Access=user]
  undefined CMAPI_P2P_Discover(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology to discover with. */
    P2PTechnology technology,
    /** Finds only devices advertising at least one of these serviceIds; every device when absent. */
    optional sequence<DOMString> serviceIds,
    /** How long to discover, in s; the device's default (typically 30 s) when absent. */
    optional unsigned long timeout,
    ResultCallback cb);
  /** Ends a discovery early; its CMAPI_P2P_Discover call then answers with what it found. Succeeds
      when no discovery runs. */
  [Errors=(0x00000101, 0x00008001, 0x00008002), Access=user]
  undefined CMAPI_P2P_StopDiscovery(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology whose discovery to stop. */
    P2PTechnology technology,
    ResultCallback cb);
  /** Advertises a service of this device to discovering devices, until removed or the technology
      is switched off. 0x00008003 when the record is malformed, too large, or its serviceId is
      already advertised. */
  [Errors=(0x00000101, 0x00008001, 0x00008002, 0x00008003), Access=administrator]
  undefined CMAPI_P2P_AdvertiseService(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology to advertise with. */
    P2PTechnology technology,
    /** The service to advertise. */
    ServiceRecord service,
    ResultCallback cb);
  /** Withdraws advertised services. 0x00008005 when serviceIds is empty or names a service that is
      not advertised (nothing is then withdrawn). */
  [Errors=(0x00000101, 0x00008001, 0x00008002, 0x00008005), Access=administrator]
  undefined CMAPI_P2P_RemoveService(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology the services are advertised with. */
    P2PTechnology technology,
    /** The services to withdraw, by serviceId. */
    sequence<DOMString> serviceIds,
    ResultCallback cb);
  /** Connects to a discovered device. Interim responses: "received", then "processing" while the
      remote device is asked (its user may have to accept, up to about 2 minutes), provisioned
      (WPS, pairing) and addressed. The final response carries the connection, or an error when the
      remote device refused or did not answer. 0x00008009 when no discovery found remoteDeviceId. */
  [Result=P2PConnection, Exclusive, Interim, Errors=(0x00000101, 0x00008001, 0x00008002, 0x00008009), Access=administrator]
  undefined CMAPI_P2P_Connect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology to connect with (the one the device was found with). */
    P2PTechnology technology,
    /** The device to connect to, from CMAPI_P2P_Discover or CMAPI_Callback_P2PDeviceFound. */
    DOMString remoteDeviceId,
    ResultCallback cb);
  /** Ends a P2P connection (a client leaves the group; an owner removes the client). */
  [Errors=(0x00000101, 0x00008006), Access=user]
  undefined CMAPI_P2P_Disconnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The connection, from CMAPI_P2P_Connect or CMAPI_P2P_GetConnections; 0x00008006 when it
        names no P2P connection of this device. */
    unsigned long connectionId,
    ResultCallback cb);
  /** Lists the P2P connections that are up. */
  [Result=P2PConnectionList, Errors=(0x00000101), Access=user]
  undefined CMAPI_P2P_GetConnections(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Creates a group with this device as owner (an autonomous group), which other devices join by
      invitation or connection. */
  [Result=P2PGroup, Exclusive, Errors=(0x00000101, 0x00008001, 0x00008002), Access=administrator]
  undefined CMAPI_P2P_CreateGroup(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The technology of the group (WIFI_DIRECT for groups that legacy devices can join). */
    P2PTechnology technology,
    /** WPA2 passphrase legacy devices join the group with: 8 to 63 printable ASCII characters. The
        device generates one when absent. Write-only: never returned. */
    optional DOMString passphrase,
    ResultCallback cb);
  /** Removes a group this device owns, disconnecting its clients, or leaves a group it is a client
      of. */
  [Errors=(0x00000101, 0x00008008), Access=administrator]
  undefined CMAPI_P2P_RemoveGroup(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The group, from CMAPI_P2P_CreateGroup or CMAPI_P2P_GetGroups; 0x00008008 when it names no
        group of this device. */
    DOMString groupId,
    ResultCallback cb);
  /** Lists the groups this device owns or belongs to. */
  [Result=P2PGroupList, Errors=(0x00000101), Access=user]
  undefined CMAPI_P2P_GetGroups(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Invites remote devices to a group this device owns; returns the invitations sent (state
      "pending"). Answers arrive later: CMAPI_P2P_GetInvitations, CMAPI_Callback_P2PConnectionChanged. */
  [Result=InvitationList, Errors=(0x00000101, 0x00008004, 0x00008007, 0x00008008), Access=administrator]
  undefined CMAPI_P2P_Invite(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The group to invite to; 0x00008008 when it is not a group this device owns. */
    DOMString groupId,
    /** The devices to invite, by remoteDeviceId. 0x00008007 when the list is empty or repeats an
        id; 0x00008004 when it names a device that discovery has not found (nobody is then invited). */
    sequence<DOMString> remoteDeviceIds,
    ResultCallback cb);
  /** Accepts or declines a received invitation. Accepting joins the group: interim responses
      ("received", "processing") while the device joins, then the final response with the
      connection. Declining answers at once. */
  [Result=InvitationResponse, Interim, Errors=(0x00000101, 0x0000800A), Access=administrator]
  undefined CMAPI_P2P_RespondInvitation(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The invitation, from CMAPI_Callback_P2PInvitationReceived or CMAPI_P2P_GetInvitations;
        0x0000800A when it names no pending invitation received by this device. */
    DOMString invitationId,
    /** True joins the group, false declines. */
    boolean accept,
    ResultCallback cb);
  /** Lists the invitations sent and received. */
  [Result=InvitationList, Errors=(0x00000101), Access=user]
  undefined CMAPI_P2P_GetInvitations(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.21 Wireless router
// ---------------------------------------------------------------------------------------------

/** A Wi-Fi frequency band. */
enum RouterBand {
  /** 2.4 GHz: channels 1 to 13 (14 in Japan), longest range, most interference. */
  "2.4GHz",
  /** 5 GHz: channels 36 to 177, availability by country; some need radar detection (DFS). */
  "5GHz",
  /** 6 GHz (Wi-Fi 6E): channels 1 to 233; only WPA3 (personal or enterprise) and OWE, with
      protected management frames. */
  "6GHz"
};

/** A router (mobile hotspot) the implementation manages. */
dictionary RouterInfo {
  /** The router's id for every Router function; stable while the implementation runs. */
  required DOMString routerId;
  /** A name to show ("Mobile hotspot"). */
  required DOMString name;
  /** The device whose connection the router shares (its uplink). */
  required DeviceId deviceId;
  /** The bands the router's radio supports. */
  required sequence<RouterBand> bands;
};

/** The routers the implementation manages. */
dictionary RouterList {
  /** Number of routers in routerList. */
  required unsigned long routerListElements;
  /** The routers; empty on an implementation without router function. */
  required sequence<RouterInfo> routerList;
};

/** A router's Wi-Fi settings as it reports them. The key is never returned; keySet says whether
    there is one. CMAPI_Router_SetConfig takes RouterConfigSettings. */
dictionary RouterConfig {
  /** The network name the router broadcasts (or answers to, when hidden). */
  required Ssid ssid;
  /** The security clients must use. */
  required WlanSecurity security;
  /** True when a key (pre-shared key or WEP key) is set. */
  required boolean keySet;
  /** The band the router uses. */
  required RouterBand band;
  /** The channel in use; 0 when the router chooses it automatically. */
  required unsigned short channel;
  /** True when the router does not broadcast the SSID. */
  required boolean hidden;
  /** Most Wi-Fi clients connected at once. */
  required unsigned short maxClients;
  /** True when clients reach the internet only, not each other nor the router's administration. */
  required boolean guestNetwork;
};

/** A router's new Wi-Fi settings, for CMAPI_Router_SetConfig: RouterConfig with the key instead of
    keySet. Applying them restarts the access point, so every client is disconnected and must
    reconnect. 0x00009001 when a value does not fit the router (ssid empty, a channel outside the
    band, maxClients 0 or above the router's limit, security without key). */
dictionary RouterConfigSettings {
  /** The network name to broadcast, 1 to 32 bytes (hide it with hidden, not with an empty name). */
  required Ssid ssid;
  /** The security clients must use; 0xF0000006 when the router's policy forbids it (e.g. "open" or
      "WEP"). */
  required WlanSecurity security;
  /** The key: for WPA a passphrase of 8 to 63 ASCII characters or 64 hex digits, for WEP 5 or 13
      characters or 10 or 26 hex digits. Absent: the current key is kept. Write-only: never
      returned. */
  DOMString key;
  /** The band to use; one of the router's bands (RouterInfo). */
  required RouterBand band;
  /** The channel; 0 lets the router choose. */
  unsigned short channel = 0;
  /** True stops broadcasting the SSID (clients must know it). */
  boolean hidden = false;
  /** Most Wi-Fi clients connected at once, from 1 to the router's limit (typically 10 to 32). */
  required unsigned short maxClients;
  /** True isolates clients: internet only, not each other nor the router's administration. */
  boolean guestNetwork = false;
};

/** A client of the router. */
dictionary ConnectedDevice {
  /** The client's MAC address, "AA:BB:CC:DD:EE:FF" (many phones use a random one per network). */
  required DOMString macAddress;
  /** The host name the client gave in DHCP (option 12); absent when it gave none. */
  DOMString hostName;
  /** The IPv4 address leased to the client; absent when it has none (yet). */
  DOMString ipAddress;
  /** True when the router blocks the client (CMAPI_Router_SetDeviceBlocked). */
  required boolean blocked;
  /** How long the client has been connected, in s. */
  unsigned long connectedFor;
  /** Data the client sent (its upload) since it connected, in bytes. */
  unsigned long long bytesSent;
  /** Data the client received (its download) since it connected, in bytes. */
  unsigned long long bytesReceived;
};

/** The router's clients. */
dictionary ConnectedDeviceList {
  /** Number of clients in deviceList. */
  required unsigned long deviceListElements;
  /** The clients connected now, blocked ones included. */
  required sequence<ConnectedDevice> deviceList;
};

/** What a firewall default or a MAC filter does. */
enum PolicyAction {
  /** Let through (for a MAC filter: only the listed devices may connect). */
  "allow",
  /** Block (for a MAC filter: the listed devices may not connect). */
  "deny"
};

/** The router's firewall and MAC filter policy. */
dictionary RouterPolicy {
  /** What happens to connections from the internet that no port forwarding rule matches: "deny"
      drops them (the usual setting), "allow" lets them reach the router. */
  required PolicyAction inboundDefault;
  /** True when the router translates addresses (NAT) between its clients and its uplink. */
  required boolean natEnabled;
  /** True when clients may open ports themselves with UPnP IGD. */
  required boolean upnpEnabled;
  /** The MAC filter: "allow" admits only the devices of macFilterAddresses, "deny" refuses them. No
      filter when absent. */
  PolicyAction macFilterMode;
  /** The MAC addresses the filter names ("AA:BB:CC:DD:EE:FF"). */
  sequence<DOMString> macFilterAddresses;
};

/** When one client may use the router (parental control). */
dictionary AccessRestriction {
  /** The client's MAC address; it need not be connected now. */
  required DOMString macAddress;
  /** When access is allowed, in the router's local time: entries "D-D HH:MM-HH:MM" or "D HH:MM-HH:MM"
      with days 0 (Sunday) to 6, e.g. "1-5 07:00-21:00"; "24:00" ends a day. Entries add up; an empty
      list blocks the client at all times. */
  required sequence<DOMString> schedule;
  /** Domains the client may never reach, subdomains included ("example.com" blocks
      "www.example.com"). */
  sequence<DOMString> blockedDomains;
};

/** The access restrictions of a router. */
dictionary AccessRestrictionList {
  /** Number of restrictions in restrictionList. */
  required unsigned long restrictionListElements;
  /** One restriction per client; clients without one are not restricted. */
  required sequence<AccessRestriction> restrictionList;
};

/** The router's DHCP server. */
dictionary DhcpSettings {
  /** False: clients must configure their address themselves. */
  required boolean enabled;
  /** First IPv4 address leased ("192.168.1.100"), in the router's subnet. */
  required DOMString rangeStart;
  /** Last IPv4 address leased ("192.168.1.199"), not below rangeStart. */
  required DOMString rangeEnd;
  /** How long a lease lasts, in s, 60 to 31536000 (typically 86400). */
  required unsigned long leaseTime;
  /** The router's own IPv4 address on its network ("192.168.1.1"), given to clients as gateway
      and DNS server. */
  required DOMString routerAddress;
  /** The subnet mask, dotted ("255.255.255.0"). */
  required DOMString subnetMask;
};

/** A transport protocol for port forwarding. */
enum TransportProtocol {
  /** TCP only. */
  "tcp",
  /** UDP only. */
  "udp",
  /** TCP and UDP. */
  "both"
};

/** Forwards connections from the internet on one port to a client. */
dictionary PortForwardingRule {
  /** A label for the rule ("Game server"), unique on the router. */
  required DOMString name;
  /** The protocol forwarded. */
  required TransportProtocol protocol;
  /** The port on the router's internet side, 1 to 65535. Behind carrier-grade NAT (most mobile
      networks) no connection from the internet arrives at all. */
  required unsigned short externalPort;
  /** The client's IPv4 address ("192.168.1.20"); give the client a fixed address so that it stays. */
  required DOMString internalAddress;
  /** The port on the client, 1 to 65535. */
  required unsigned short internalPort;
  /** False keeps the rule without applying it. */
  boolean enabled = true;
};

/** The port forwarding rules of a router. */
dictionary PortForwardingRuleList {
  /** Number of rules in ruleList. */
  required unsigned long ruleListElements;
  /** The rules, in the order they were set. */
  required sequence<PortForwardingRule> ruleList;
};

/** Router (mobile hotspot) settings, clients, policies, parental restrictions, DHCP and port
    forwarding. Every function takes a routerId (0x00000112 when it names no router); every change
    needs the administrator password (0x00009004 when it is wrong). */
[Exposed=Window, SCR="7.21"]
interface CmapiRouter {
  /** Lists the routers this implementation manages. */
  [Result=RouterList, Access=user]
  undefined CMAPI_Router_GetRouterList(ResultCallback cb);
  /** Returns a router's Wi-Fi settings (never its key). */
  [Result=RouterConfig, Errors=(0x00000112), Access=user]
  undefined CMAPI_Router_GetConfig(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Replaces a router's Wi-Fi settings. The access point restarts: every client is disconnected,
      possibly the calling application's own connection too, which answers before the restart. */
  [Exclusive, Errors=(0x00000112, 0x00009001, 0x00009004, 0xF0000006), Access=administrator]
  undefined CMAPI_Router_SetConfig(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The whole Wi-Fi configuration; leave key out to keep the current one. */
    RouterConfigSettings routerConfig,
    ResultCallback cb);
  /** Lists the router's clients. */
  [Result=ConnectedDeviceList, Errors=(0x00000112), Access=administrator]
  undefined CMAPI_Router_GetConnectedDevices(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Blocks a connected client (it is disconnected and cannot reconnect) or unblocks it. */
  [Errors=(0x00000112, 0x00000140, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetDeviceBlocked(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The client, from CMAPI_Router_GetConnectedDevices; 0x00000140 when no client has it. */
    DOMString macAddress,
    /** True blocks, false unblocks. */
    boolean blocked,
    ResultCallback cb);
  /** Returns the router's firewall and MAC filter policy. */
  [Result=RouterPolicy, Errors=(0x00000112), Access=administrator]
  undefined CMAPI_Router_GetPolicy(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Replaces the router's firewall and MAC filter policy. 0x00009002 when the router cannot apply
      it (no NAT on a router that needs it, a MAC filter list longer than it holds, a filter mode
      without list). */
  [Exclusive, Errors=(0x00000112, 0x00009002, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetPolicy(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The whole policy, replacing the current one; leave macFilterMode out to remove the MAC filter. */
    RouterPolicy policy,
    ResultCallback cb);
  /** Lists the access restrictions (parental control). */
  [Result=AccessRestrictionList, Errors=(0x00000112), Access=administrator]
  undefined CMAPI_Router_GetRestrictions(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Replaces every access restriction; an empty list removes them all. */
  [Exclusive, Errors=(0x00000112, 0x00009003, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetRestrictions(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The restrictions, one per client. 0x00009003 when one is malformed (a time range that ends
        before it starts, a client listed twice) or there are more than the router holds. */
    sequence<AccessRestriction> restrictions,
    ResultCallback cb);
  /** Returns the DHCP server settings. */
  [Result=DhcpSettings, Errors=(0x00000112), Access=user]
  undefined CMAPI_Router_GetDHCPSettings(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Replaces the DHCP server settings; clients keep their lease until it ends. 0x00009001 when an
      address is malformed or outside the subnet, or the range is empty. */
  [Exclusive, Errors=(0x00000112, 0x00009001, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetDHCPSettings(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The whole DHCP configuration, replacing the current one. */
    DhcpSettings settings,
    ResultCallback cb);
  /** Lists the port forwarding rules. */
  [Result=PortForwardingRuleList, Errors=(0x00000112), Access=administrator]
  undefined CMAPI_Router_GetPortForwarding(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    ResultCallback cb);
  /** Replaces every port forwarding rule; an empty list removes them all. */
  [Exclusive, Errors=(0x00000112, 0x00009002, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetPortForwarding(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The router's administrator password. Write-only. */
    DOMString adminPassword,
    /** The rules. 0x00009002 when two enabled rules share an external port and protocol, a name
        repeats, or an internal address is outside the router's subnet. */
    sequence<PortForwardingRule> rules,
    ResultCallback cb);
  /** Changes the administrator password; the old one stops working at once. */
  [Exclusive, Errors=(0x00000112, 0x00009004), Access=administrator]
  undefined CMAPI_Router_SetAdminPassword(
    /** The router, from CMAPI_Router_GetRouterList. */
    DOMString routerId,
    /** The current administrator password. Write-only. */
    DOMString adminPassword,
    /** The new password, 8 to 64 characters. Write-only. */
    DOMString newPassword,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 8 Callbacks (CMAPI-2)
// ---------------------------------------------------------------------------------------------

/** The callbackId of every CMAPI-2 callback: what CMAPI_Callback_Register takes and what each
    callback message carries. Each value names the callback of that name. */
enum CallbackId {
  /** A device appeared, went away or changed state (payload DeviceInfo). */
  "CMAPI_Callback_DeviceChanged",
  /** A device's power state changed (payload PowerStateChange). */
  "CMAPI_Callback_PowerStateChanged",
  /** A data connection changed state (payload ConnectionStateChange). */
  "CMAPI_Callback_ConnectionStateChanged",
  /** The signal changed (payload SignalStrengthChange). */
  "CMAPI_Callback_SignalStrengthChanged",
  /** The network registration changed (payload RegistrationChange). */
  "CMAPI_Callback_RegistrationChanged",
  /** Roaming started or stopped (payload RoamingChange). */
  "CMAPI_Callback_RoamingChanged",
  /** A PIN's state or retries changed (payload PinStatusChange). */
  "CMAPI_Callback_PinStatusChanged",
  /** The UICC was inserted, removed or changed state (payload UiccStatusChange). */
  "CMAPI_Callback_UICCStatusChanged",
  /** The UICC toolkit sent a proactive command for the application (payload UiccProactiveCommand);
      answer it with CMAPI_UICC_SendTerminalResponse. */
  "CMAPI_Callback_UICCProactiveCommand",
  /** An SMS arrived (payload SmsReceived). */
  "CMAPI_Callback_SMSReceived",
  /** A status report for a sent SMS arrived (payload SmsDeliveryReport). */
  "CMAPI_Callback_SMSDeliveryReport",
  /** A message storage became full (payload SmsStorageFull). */
  "CMAPI_Callback_SMSStorageFull",
  /** The network sent USSD data (payload UssdReceived). */
  "CMAPI_Callback_USSDReceived",
  /** A WLAN scan finished (payload WlanScanCompleted). */
  "CMAPI_Callback_WLANScanCompleted",
  /** The WLAN connection changed state (payload WlanConnectionChange). */
  "CMAPI_Callback_WLANConnectionChanged",
  /** Wi-Fi Protected Setup finished (payload WpsCompleted). */
  "CMAPI_Callback_WPSCompleted",
  /** A new GNSS fix (payload GnssPositionUpdate). */
  "CMAPI_Callback_GNSSPositionUpdated",
  /** A push message arrived (payload PushReceived). */
  "CMAPI_Callback_PushReceived",
  /** A data usage threshold was reached (payload DataUsageThresholdReached). */
  "CMAPI_Callback_DataUsageThreshold",
  /** P2P discovery found a device (payload P2PDeviceFound). */
  "CMAPI_Callback_P2PDeviceFound",
  /** A P2P group invitation arrived (payload P2PInvitationReceived). */
  "CMAPI_Callback_P2PInvitationReceived",
  /** A P2P connection was made or ended (payload P2PConnectionChange). */
  "CMAPI_Callback_P2PConnectionChanged",
  /** A client joined or left a router (payload RouterClientChange). */
  "CMAPI_Callback_RouterClientChanged",
  /** An OMA-DM session changed state (payload OmaDmSessionChange). */
  "CMAPI_Callback_OMADMSessionChanged"
};

/** One of this client's callback registrations. */
dictionary CallbackRegistration {
  /** The callback registered for. */
  required CallbackId callbackId;
  /** The one device the registration is for; absent when it is for every device, present and
      future. */
  DeviceId deviceId;
};

/** This client's callback registrations. */
dictionary CallbackRegistrationList {
  /** Number of registrations in registrationList. */
  required unsigned long registrationListElements;
  /** One entry per registration; empty when there is none. */
  required sequence<CallbackRegistration> registrationList;
};

/** Payload of CMAPI_Callback_PowerStateChanged. */
dictionary PowerStateChange {
  /** The device whose power state changed. */
  required DeviceId deviceId;
  /** The new power state. */
  required PowerState powerState;
};

/** Payload of CMAPI_Callback_ConnectionStateChanged. */
dictionary ConnectionStateChange {
  /** The device whose connection changed. */
  required DeviceId deviceId;
  /** The connection's new state. */
  required ConnectionState state;
  /** The kind of connection; absent when the device cannot tell (disconnected before a type was
      chosen). */
  ConnectionType connectionType;
  /** The cellular profile in use, for cellular connections. */
  DOMString profileName;
  /** Why the connection failed or dropped, as a Table 4 code (e.g. 0x00006008 authentication
      failure); present only with state "disconnected" after a failure or an unrequested drop. */
  CmapiCode reason;
};

/** Payload of CMAPI_Callback_SignalStrengthChanged. */
dictionary SignalStrengthChange {
  /** The device whose signal changed. */
  required DeviceId deviceId;
  /** The new measurements, as CMAPI_Network_GetSignalStrength returns them. */
  required SignalStrength signal;
};

/** Payload of CMAPI_Callback_RegistrationChanged. */
dictionary RegistrationChange {
  /** The device whose registration changed. */
  required DeviceId deviceId;
  /** The new registration, as CMAPI_Cellular_GetRegistrationState returns it. */
  required RegistrationInfo registration;
};

/** Payload of CMAPI_Callback_RoamingChanged. */
dictionary RoamingChange {
  /** The device that started or stopped roaming. */
  required DeviceId deviceId;
  /** True when the device now roams. */
  required boolean roaming;
  /** The network roamed on; present when roaming is true. */
  Plmn visitedPlmn;
};

/** Payload of CMAPI_Callback_PinStatusChanged. It never carries a PIN or PUK. */
dictionary PinStatusChange {
  /** The device whose UICC's PIN changed. */
  required DeviceId deviceId;
  /** The PIN's new state and retries left. */
  required PinStatus status;
};

/** Payload of CMAPI_Callback_UICCStatusChanged. */
dictionary UiccStatusChange {
  /** The device whose UICC changed. */
  required DeviceId deviceId;
  /** The card's new state and, when readable, its ICCID. */
  required UiccStatus status;
};

/** Payload of CMAPI_Callback_SMSReceived. */
dictionary SmsReceived {
  /** The device that received the message. */
  required DeviceId deviceId;
  /** The message, as stored (status "unread"); a class 0 message that the device does not store
      has a msgID that CMAPI_SMS_Read does not find. A concatenated message is reported once, when
      its last part arrives. */
  required SmsMessage message;
};

/** Payload of CMAPI_Callback_SMSDeliveryReport: the status report (3GPP TS 23.040) of a message
    sent with a delivery report requested. */
dictionary SmsDeliveryReport {
  /** The device that sent the message. */
  required DeviceId deviceId;
  /** The sent message, as CMAPI_SMS_Send returned it. */
  required DOMString msgID;
  /** True when the message reached the recipient; false when the service centre gave up (expired
      validity period, unknown recipient). */
  required boolean delivered;
  /** When the service centre delivered the message or gave up (TP discharge time): RFC 3339 with
      the offset the network gave. */
  DOMString timestamp;
  /** The status report's TP-Status (3GPP TS 23.040 9.2.3.15), 0..255: 0-31 delivered, 32-63 still
      trying (temporary error), 64-95 given up (permanent error), 96-127 given up after temporary
      errors; delivered says which side of that line it is. */
  octet tpStatus;
};

/** Payload of CMAPI_Callback_SMSStorageFull. While a storage is full, the network holds new
    messages back (class 2 ones are refused) until messages are deleted. */
dictionary SmsStorageFull {
  /** The device whose storage is full. */
  required DeviceId deviceId;
  /** The storage that is full. */
  required SmsStorage storage;
};

/** Payload of CMAPI_Callback_USSDReceived: USSD data from the network, outside a response to
    CMAPI_USSD_Send or CMAPI_USSD_Respond (a network-initiated message or request). */
dictionary UssdReceived {
  /** The device that received the data. */
  required DeviceId deviceId;
  /** The network's message; with state "waiting_for_user" the network expects
      CMAPI_USSD_Respond on that sessionId. */
  required UssdResponse response;
};

/** Payload of CMAPI_Callback_WLANScanCompleted. */
dictionary WlanScanCompleted {
  /** The device that scanned. */
  required DeviceId deviceId;
  /** The networks found, as CMAPI_WLAN_GetScanResults returns them. */
  required WlanScanResult scan;
};

/** Payload of CMAPI_Callback_WLANConnectionChanged. */
dictionary WlanConnectionChange {
  /** The device whose WLAN connection changed. */
  required DeviceId deviceId;
  /** The new state, as CMAPI_WLAN_GetStatus returns it. */
  required WlanStatus status;
  /** Why the connection failed or dropped, as a Table 4 code; present only after a failure or an
      unrequested drop. */
  CmapiCode reason;
};

/** Payload of CMAPI_Callback_WPSCompleted. It never carries the network's key. */
dictionary WpsCompleted {
  /** The device that ran Wi-Fi Protected Setup. */
  required DeviceId deviceId;
  /** True when the device obtained the network's credentials and saved it as a known network. */
  required boolean success;
  /** The network joined; present when success is true. */
  Ssid ssid;
  /** Why WPS failed, as a Table 4 code (the 2-minute walk time passed, several access points in
      push-button mode at once, a wrong PIN); present when success is false. */
  CmapiCode reason;
};

/** Payload of CMAPI_Callback_GNSSPositionUpdated. */
dictionary GnssPositionUpdate {
  /** The device whose receiver made the fix. */
  required DeviceId deviceId;
  /** The fix, as CMAPI_GNSS_GetPosition returns it. */
  required GnssPosition position;
};

/** Payload of CMAPI_Callback_PushReceived. */
dictionary PushReceived {
  /** The device that received the message. */
  required DeviceId deviceId;
  /** The message, as stored. */
  required PushMessage message;
};

/** Payload of CMAPI_Callback_DataUsageThreshold. */
dictionary DataUsageThresholdReached {
  /** The device whose traffic reached the threshold. */
  required DeviceId deviceId;
  /** The threshold reached. */
  required UsageThreshold threshold;
  /** The period's counters at that moment. */
  required TrafficStatistics usage;
};

/** Payload of CMAPI_Callback_P2PDeviceFound. */
dictionary P2PDeviceFound {
  /** The device whose discovery found the remote device. */
  required DeviceId deviceId;
  /** The device found. */
  required RemoteDevice remoteDevice;
};

/** Payload of CMAPI_Callback_P2PInvitationReceived. */
dictionary P2PInvitationReceived {
  /** The device invited. */
  required DeviceId deviceId;
  /** The invitation (state "pending"); answer it with CMAPI_P2P_RespondInvitation before it expires. */
  required Invitation invitation;
};

/** Payload of CMAPI_Callback_P2PConnectionChanged. */
dictionary P2PConnectionChange {
  /** The device whose P2P connection changed. */
  required DeviceId deviceId;
  /** The connection as it is (or was, when it ended). */
  required P2PConnection connection;
  /** True when the connection was made, false when it ended. */
  required boolean connected;
};

/** Payload of CMAPI_Callback_RouterClientChanged. */
dictionary RouterClientChange {
  /** The router the client joined or left. */
  required DOMString routerId;
  /** The client, with its counters at the moment it joined or left. */
  required ConnectedDevice client;
  /** True when the client joined, false when it left or was blocked. */
  required boolean connected;
};

/** Payload of CMAPI_Callback_OMADMSessionChanged. */
dictionary OmaDmSessionChange {
  /** The device of the session. */
  required DeviceId deviceId;
  /** The session's new state. */
  required OmaDmSession session;
};

/** Registration for CMAPI-2 callbacks (section 5.5.1.3). Registrations belong to the client's
    session and end with it (spec/README.md, Sessions and reconnection). */
[Exposed=Window, SCR="8"]
interface CmapiCallback {
  /** Registers this client for a callback, for one device or for every device. Registering again
      for the same callback and device changes nothing. */
  [Errors=(0x00000101), Access=user]
  undefined CMAPI_Callback_Register(
    /** The callback to receive. */
    CallbackId callbackId,
    /** Receives the callback only for this device (from CMAPI_Device_Open); for every device,
        present and future, when absent. Callbacks about no device (RouterClientChanged, a
        DeviceChanged for a device never opened) need a registration without deviceId. */
    optional DeviceId deviceId,
    ResultCallback cb);
  /** Removes one registration, made with the same callbackId and deviceId; 0x00000004 when there is
      no such registration. A registration for every device is not narrowed by unregistering one
      device. */
  [Errors=(0x00000101, 0x00000004), Access=user]
  undefined CMAPI_Callback_Unregister(
    /** The callback of the registration. */
    CallbackId callbackId,
    /** The device of the registration; absent for a registration for every device. */
    optional DeviceId deviceId,
    ResultCallback cb);
  /** Lists this client's registrations. */
  [Result=CallbackRegistrationList, Access=user]
  undefined CMAPI_Callback_GetRegistrations(ResultCallback cb);
};

/** A device was attached, removed, opened, closed or changed state. Sent to registrations without
    deviceId for devices not open. */
[Access=user]
callback CMAPI_Callback_DeviceChanged = undefined (DeviceInfo payload);
/** A device's power state changed, by CMAPI_DeviceService_SetPowerState or otherwise (airplane mode
    switched on the device, low battery). */
[Access=user]
callback CMAPI_Callback_PowerStateChanged = undefined (PowerStateChange payload);
/** A data connection changed state: each step of connecting and disconnecting, and a drop. */
[Access=user]
callback CMAPI_Callback_ConnectionStateChanged = undefined (ConnectionStateChange payload);
/** The signal changed: at least whenever the bars change; devices may also report smaller changes,
    at most about once a second. CMAPI_Network_SetSignalReporting adds a fixed interval and a
    threshold of its own. */
[Access=user]
callback CMAPI_Callback_SignalStrengthChanged = undefined (SignalStrengthChange payload);
/** The network registration changed: state, network or radio technology. */
[Access=user]
callback CMAPI_Callback_RegistrationChanged = undefined (RegistrationChange payload);
/** The device started or stopped roaming, or moved to another visited network. */
[Access=user]
callback CMAPI_Callback_RoamingChanged = undefined (RoamingChange payload);
/** A PIN's state or retries left changed (after a verification, a change, a card swap). */
[Access=user]
callback CMAPI_Callback_PinStatusChanged = undefined (PinStatusChange payload);
/** The UICC was inserted, removed or changed state. */
[Access=user]
callback CMAPI_Callback_UICCStatusChanged = undefined (UiccStatusChange payload);
/** An SMS arrived (all its parts, for a concatenated message). */
[Access=administrator]
callback CMAPI_Callback_SMSReceived = undefined (SmsReceived payload);
/** A status report for a sent SMS arrived: delivered or given up. */
[Access=administrator]
callback CMAPI_Callback_SMSDeliveryReport = undefined (SmsDeliveryReport payload);
/** A message storage became full: new messages are held back until messages are deleted. */
[Access=user]
callback CMAPI_Callback_SMSStorageFull = undefined (SmsStorageFull payload);
/** The network sent USSD data on its own initiative or later in a session. */
[Access=administrator]
callback CMAPI_Callback_USSDReceived = undefined (UssdReceived payload);
/** A WLAN scan finished, whoever started it (an application or the device itself). */
[Access=user]
callback CMAPI_Callback_WLANScanCompleted = undefined (WlanScanCompleted payload);
/** The WLAN connection changed state: each step of connecting, and a drop. */
[Access=user]
callback CMAPI_Callback_WLANConnectionChanged = undefined (WlanConnectionChange payload);
/** Wi-Fi Protected Setup finished, successfully or not. */
[Access=administrator]
callback CMAPI_Callback_WPSCompleted = undefined (WpsCompleted payload);
/** A new position fix while tracking is on (CMAPI_GNSS_SetTracking), one per interval. */
[Access=administrator]
callback CMAPI_Callback_GNSSPositionUpdated = undefined (GnssPositionUpdate payload);
/** A push message arrived and was accepted by the push settings. */
[Access=administrator]
callback CMAPI_Callback_PushReceived = undefined (PushReceived payload);
/** A period's traffic reached its usage threshold; once per period and threshold. */
[Access=user]
callback CMAPI_Callback_DataUsageThreshold = undefined (DataUsageThresholdReached payload);
/** P2P discovery found a device; once per device and discovery. */
[Access=user]
callback CMAPI_Callback_P2PDeviceFound = undefined (P2PDeviceFound payload);
/** A remote device invited this device to its group. */
[Access=user]
callback CMAPI_Callback_P2PInvitationReceived = undefined (P2PInvitationReceived payload);
/** A P2P connection was made or ended, from either side. */
[Access=user]
callback CMAPI_Callback_P2PConnectionChanged = undefined (P2PConnectionChange payload);
/** A client joined or left a router. It concerns a router, not a device: register without deviceId. */
[Access=administrator]
callback CMAPI_Callback_RouterClientChanged = undefined (RouterClientChange payload);
/** An OMA-DM session changed state (each step, and completion or failure). */
[Access=user]
callback CMAPI_Callback_OMADMSessionChanged = undefined (OmaDmSessionChange payload);
