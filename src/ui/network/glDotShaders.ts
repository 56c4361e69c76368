/**
 * The GLSL ES 3.00 programs of the WebGL dot layer (glDotLayer.ts).
 *
 * Points: one per person, positioned by a uniform layout → pixel transform, sized and coloured
 * from the person's byte (state code in the low bits, KOL flag: nodeCodes.ts) through a 5-entry
 * colour table; depth puts reached people over unaware ones and KOLs on top. The fragment shader
 * cuts a disc with a one-pixel anti-aliased rim (coverage = radius + ½ − distance).
 *
 * Backdrop: a full-buffer quad sampling the backdrop texture pixel for pixel (row 0 = top).
 */
import { KOL_BIT, STATE_MASK } from './nodeCodes';

export const POINT_VERTEX = `#version 300 es
in vec2 a_position;
in uint a_code;
uniform vec2 u_scale;      // layout units → CSS px (x, y), then the offset
uniform vec2 u_offset;
uniform vec2 u_pixels;     // drawing buffer size in device px
uniform float u_dpr;
uniform float u_radius;    // unaware dot radius, CSS px
uniform vec3 u_sizes;      // radius factor: unaware, other states, KOL
uniform vec3 u_colors[5];
out vec3 v_color;
out float v_radius;
out float v_side;
void main() {
  uint state = a_code & ${STATE_MASK}u;
  bool kol = (a_code & ${KOL_BIT}u) != 0u;
  vec2 device = (a_position * u_scale + u_offset) * u_dpr;
  vec2 clip = device / u_pixels * 2.0 - 1.0;
  float factor = kol ? u_sizes.z : (state == 0u ? u_sizes.x : u_sizes.y);
  gl_Position = vec4(clip.x, -clip.y, kol ? 0.1 : (state == 0u ? 0.6 : 0.3), 1.0);
  v_radius = u_radius * factor * u_dpr;
  // One pixel of margin on each side for the anti-aliased rim.
  v_side = 2.0 * v_radius + 2.0;
  gl_PointSize = v_side;
  v_color = u_colors[min(state, 4u)];
}`;

export const POINT_FRAGMENT = `#version 300 es
precision highp float;
in vec3 v_color;
in float v_radius;
in float v_side;
out vec4 outColor;
void main() {
  float d = length((gl_PointCoord - 0.5) * v_side);
  float cover = clamp(v_radius + 0.5 - d, 0.0, 1.0);
  if (cover <= 0.0) discard;
  outColor = vec4(v_color, cover);
}`;

export const BACKDROP_VERTEX = `#version 300 es
in vec2 a_corner;
out vec2 v_uv;
void main() {
  v_uv = vec2(a_corner.x, 1.0 - a_corner.y);
  gl_Position = vec4(a_corner * 2.0 - 1.0, 0.99, 1.0);
}`;

export const BACKDROP_FRAGMENT = `#version 300 es
precision mediump float;
uniform sampler2D u_backdrop;
in vec2 v_uv;
out vec4 outColor;
void main() {
  outColor = texture(u_backdrop, v_uv);
}`;
