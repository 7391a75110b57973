/**
 * The script the public page runs to verify its proof bundle in the browser, with no library and
 * no network: a compact Keccak-256 (32-bit lanes), the salted record hash, the OpenZeppelin
 * standard leaf and a sorted-pair Merkle proof walk. Kept as plain ES5-ish source text so it is
 * inlined as is; tests run the same text in Node against ethers' keccak256.
 */
export const KECCAK_SOURCE = String.raw`
var RC_HI=[0,0,0x80000000,0x80000000,0,0,0x80000000,0x80000000,0,0,0,0,0,0x80000000,0x80000000,0x80000000,0x80000000,0x80000000,0,0x80000000,0x80000000,0x80000000,0,0x80000000];
var RC_LO=[1,0x8082,0x808a,0x80008000,0x808b,0x80000001,0x80008081,0x8009,0x8a,0x88,0x80008009,0x8000000a,0x8000808b,0x8b,0x8089,0x8003,0x8002,0x80,0x800a,0x8000000a,0x80008081,0x8080,0x80000001,0x80008008];
var ROT=[0,1,62,28,27,36,44,6,55,20,3,10,43,25,39,41,45,15,21,8,18,2,61,56,14];
function keccakF(s){var c=new Uint32Array(10),b=new Uint32Array(50);for(var r=0;r<24;r++){var x,y,i;
for(x=0;x<5;x++){c[2*x]=s[2*x]^s[2*x+10]^s[2*x+20]^s[2*x+30]^s[2*x+40];c[2*x+1]=s[2*x+1]^s[2*x+11]^s[2*x+21]^s[2*x+31]^s[2*x+41];}
for(x=0;x<5;x++){var p=(x+4)%5,q=(x+1)%5,dl=c[2*p]^((c[2*q]<<1)|(c[2*q+1]>>>31)),dh=c[2*p+1]^((c[2*q+1]<<1)|(c[2*q]>>>31));for(y=0;y<5;y++){s[2*(x+5*y)]^=dl;s[2*(x+5*y)+1]^=dh;}}
for(x=0;x<5;x++)for(y=0;y<5;y++){i=x+5*y;var n=ROT[i],lo=s[2*i],hi=s[2*i+1],nl,nh;
if(n===0){nl=lo;nh=hi;}else if(n<32){nl=(lo<<n)|(hi>>>(32-n));nh=(hi<<n)|(lo>>>(32-n));}else if(n===32){nl=hi;nh=lo;}else{var m=n-32;nl=(hi<<m)|(lo>>>(32-m));nh=(lo<<m)|(hi>>>(32-m));}
var j=y+5*((2*x+3*y)%5);b[2*j]=nl;b[2*j+1]=nh;}
for(y=0;y<5;y++)for(x=0;x<5;x++){i=x+5*y;var a1=(x+1)%5+5*y,a2=(x+2)%5+5*y;s[2*i]=b[2*i]^(~b[2*a1]&b[2*a2]);s[2*i+1]=b[2*i+1]^(~b[2*a1+1]&b[2*a2+1]);}
s[0]^=RC_LO[r];s[1]^=RC_HI[r];}}
function keccak256(bytes){var rate=136,s=new Uint32Array(50),len=bytes.length,blocks=Math.floor(len/rate)+1,p=new Uint8Array(blocks*rate);p.set(bytes);p[len]^=1;p[p.length-1]^=0x80;
for(var o=0;o<p.length;o+=rate){for(var w=0;w<rate/4;w++){s[w]^=(p[o+4*w]|(p[o+4*w+1]<<8)|(p[o+4*w+2]<<16)|(p[o+4*w+3]<<24))>>>0;}keccakF(s);}
var out=new Uint8Array(32);for(var k=0;k<8;k++){out[4*k]=s[k]&255;out[4*k+1]=(s[k]>>>8)&255;out[4*k+2]=(s[k]>>>16)&255;out[4*k+3]=(s[k]>>>24)&255;}return out;}
function hexToBytes(h){h=h.replace(/^0x/,'');var o=new Uint8Array(h.length/2);for(var i=0;i<o.length;i++)o[i]=parseInt(h.substr(2*i,2),16);return o;}
function bytesToHex(b){var s='0x';for(var i=0;i<b.length;i++)s+=(b[i]<16?'0':'')+b[i].toString(16);return s;}
function concatBytes(a,b){var o=new Uint8Array(a.length+b.length);o.set(a);o.set(b,a.length);return o;}
function recordHash(canonical,salt){return keccak256(concatBytes(hexToBytes(salt),new TextEncoder().encode(canonical)));}
function leafOf(hash){return keccak256(keccak256(hash));}
function cmpBytes(a,b){for(var i=0;i<a.length;i++){if(a[i]!==b[i])return a[i]-b[i];}return 0;}
function hashPair(a,b){return cmpBytes(a,b)<=0?keccak256(concatBytes(a,b)):keccak256(concatBytes(b,a));}
function verifyEvent(e){if(!e.anchor)return null;var h=recordHash(e.canonical,e.salt);var node=leafOf(h);for(var i=0;i<e.proof.length;i++)node=hashPair(node,hexToBytes(e.proof[i]));return bytesToHex(node)===e.anchor.root.toLowerCase();}
`;

/** Runs on the page: verifies every event, marks each one, and sets the overall verdict. */
export const PAGE_SCRIPT = `${KECCAK_SOURCE}
(function(){var data=JSON.parse(document.getElementById('bundle').textContent);var ok=0,bad=0,pending=0;
data.events.forEach(function(e,i){var r=verifyEvent(e);var el=document.querySelector('[data-event="'+i+'"] .check');
if(r===null){pending++;if(el)el.textContent=el.getAttribute('data-pending');}else if(r){ok++;if(el){el.textContent=el.getAttribute('data-ok');el.className='check ok';}}else{bad++;if(el){el.textContent=el.getAttribute('data-bad');el.className='check bad';}}});
var v=document.getElementById('verdict');var state=bad>0?'bad':(ok>0?'ok':'pending');v.setAttribute('data-state',state);v.className='verdict '+state;
v.querySelector('.verdict-text').textContent=v.getAttribute('data-'+state);document.body.setAttribute('data-verified',state);})();`;
